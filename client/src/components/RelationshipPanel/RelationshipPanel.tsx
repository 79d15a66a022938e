import type { RelationshipFields, SourceDocument } from '../../api/api';
import { TYPE_NAMES } from '../../format/names';
import { relationshipSentence, verb } from '../../format/sentence';
import { EvidenceList } from '../EvidenceList/EvidenceList';
import { KindIcon } from '../KindIcon/KindIcon';
import { RelationshipFacts } from './RelationshipFacts';

export interface RelationshipPanelProps {
  relationship: RelationshipFields;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onClose?: () => void;
}

/** Why this edge exists: what it says, which way, how much, when, and every excerpt. */
export function RelationshipPanel({
  relationship: rel,
  documents,
  onSelectActor,
  onClose,
}: RelationshipPanelProps) {
  const headingId = `rel-${rel.id}-heading`;
  return (
    <section className="panel" data-testid="relationship-panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <p className="eyebrow">Relationship · {TYPE_NAMES[rel.type]}</p>
        <h2 id={headingId}>{relationshipSentence(rel)}</h2>
        {onClose ? (
          <button type="button" className="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p className="direction">
        <button type="button" className="link" onClick={() => onSelectActor(rel.source.id)}>
          <KindIcon kind={rel.source.kind} /> {rel.source.name}
        </button>{' '}
        <span className="verb">{verb(rel)}</span>{' '}
        <button type="button" className="link" onClick={() => onSelectActor(rel.target.id)}>
          <KindIcon kind={rel.target.kind} /> {rel.target.name}
        </button>
      </p>
      <RelationshipFacts relationship={rel} />
      <h3>Evidence ({rel.evidence.length})</h3>
      <EvidenceList evidence={rel.evidence} documents={documents} />
    </section>
  );
}
