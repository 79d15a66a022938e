import type { PathResult } from '../../api/api';
import { stepSummary } from '../../format/sentence';
import './PathNarrative.css';

export interface PathNarrativeProps {
  path: PathResult;
  onSelectActor: (id: string) => void;
}

/**
 * A path read left to right: "A → (funds, $1bn, 2025) → B ← (part of) ← C".
 * An arrow pointing back means the relationship runs the other way.
 */
export function PathNarrative({ path, onSelectActor }: PathNarrativeProps) {
  const [first, ...rest] = path.actors;
  if (!first) return null;
  const actor = (a: PathResult['actors'][number]) => (
    <button type="button" className="link" onClick={() => onSelectActor(a.id)}>
      {a.name}
    </button>
  );
  return (
    <p className="narrative">
      {actor(first)}
      {path.relationships.map((rel, index) => {
        const next = rest[index];
        const arrow = rel.source.id === path.actors[index]?.id ? '→' : '←';
        return (
          <span key={rel.id} data-testid="path-step" className="step">
            {' '}
            <span className="step-link">
              {arrow} ({stepSummary(rel)}) {arrow}
            </span>{' '}
            {next ? actor(next) : null}
          </span>
        );
      })}
    </p>
  );
}
