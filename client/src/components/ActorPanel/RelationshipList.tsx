import type { RelationshipFields, RelationType, SourceDocument } from '../../api/api';
import { TYPE_NAMES, TYPE_ORDER } from '../../format/names';
import { verb } from '../../format/sentence';
import { EvidenceList } from '../EvidenceList/EvidenceList';
import { RelationshipFacts } from '../RelationshipPanel/RelationshipFacts';

export interface RelationshipListProps {
  /** The actor whose relationships these are: its own name is not a link. */
  actorId: string;
  relationships: readonly RelationshipFields[];
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}

/** Relationships grouped by type, each as a sentence with its facts and evidence. */
export function RelationshipList({
  actorId,
  relationships,
  documents,
  onSelectActor,
  onSelectRelationship,
}: RelationshipListProps) {
  const groups = new Map<RelationType, RelationshipFields[]>();
  for (const rel of relationships) groups.set(rel.type, [...(groups.get(rel.type) ?? []), rel]);
  const types = TYPE_ORDER.filter((type) => groups.has(type));
  if (types.length === 0) return <p className="muted">No relationship recorded.</p>;

  const name = (actor: RelationshipFields['source']) =>
    actor.id === actorId ? (
      <strong>{actor.name}</strong>
    ) : (
      <button type="button" className="link" onClick={() => onSelectActor(actor.id)}>
        {actor.name}
      </button>
    );

  return (
    <div className="relationship-groups">
      {types.map((type) => (
        <section key={type} className="relationship-group">
          <h4>
            {TYPE_NAMES[type]} <span className="count">({groups.get(type)!.length})</span>
          </h4>
          <ul>
            {groups.get(type)!.map((rel) => (
              <li key={rel.id} className="relationship" data-testid="relationship-item">
                <p className="sentence">
                  {name(rel.source)} {verb(rel)} {name(rel.target)}
                </p>
                <RelationshipFacts relationship={rel} />
                <EvidenceList evidence={rel.evidence} documents={documents} />
                <button type="button" className="small" onClick={() => onSelectRelationship(rel)}>
                  Show this link
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
