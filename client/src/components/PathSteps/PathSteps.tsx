import type { PathResult, RelationshipFields, SourceDocument } from '../../api/api';
import { stepSummary, verb } from '../../format/sentence';
import { EvidenceList } from '../EvidenceList/EvidenceList';
import './PathSteps.css';

export interface PathStepsProps {
  path: PathResult;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship?: (relationship: RelationshipFields) => void;
}

/**
 * A path hop by hop: each relationship as a sentence in its own direction
 * ("Qods Force supplies Houthis"), its facts, and every excerpt behind it.
 */
export function PathSteps({
  path,
  documents,
  onSelectActor,
  onSelectRelationship,
}: PathStepsProps) {
  if (path.relationships.length === 0) return null;
  const actor = (a: { id: string; name: string }) => (
    <button type="button" className="link" onClick={() => onSelectActor(a.id)}>
      {a.name}
    </button>
  );
  return (
    <ol className="hops">
      {path.relationships.map((rel) => (
        <li key={rel.id} data-testid="hop" className="hop">
          <p className="sentence">
            {actor(rel.source)} {verb(rel)} {actor(rel.target)}{' '}
            <span className="muted">({stepSummary(rel)})</span>
          </p>
          <EvidenceList evidence={rel.evidence} documents={documents} />
          {onSelectRelationship ? (
            <button type="button" className="small" onClick={() => onSelectRelationship(rel)}>
              Show this link
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
