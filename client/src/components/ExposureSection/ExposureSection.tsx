import { fetchSanctionExposure, type PathResult } from '../../api/api';
import { useAsync } from '../../hooks/useAsync';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { PathNarrative } from '../PathFinder/PathNarrative';

export interface ExposureSectionProps {
  actorId: string;
  /** Highlight these paths in the graph. */
  onShowPaths: (paths: PathResult[]) => void;
  onSelectActor: (id: string) => void;
}

const STATUS_WORDS = {
  DESIGNATED: 'Designated',
  LINKED: 'Linked to a designated actor',
  NONE: 'No designated actor within 3 hops',
} as const;

/** How many explaining paths to list; the rest are still highlighted. */
const LISTED = 3;

/** Whether an actor is designated, or how close it sits to one, and the paths that say so. */
export function ExposureSection({ actorId, onShowPaths, onSelectActor }: ExposureSectionProps) {
  const { state, retry } = useAsync(`exposure:${actorId}`, (signal) =>
    fetchSanctionExposure({ id: actorId }, signal),
  );
  return (
    <section data-testid="exposure" aria-labelledby={`exposure-${actorId}`}>
      <h3 id={`exposure-${actorId}`}>Sanctions exposure</h3>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'error' ? (
        <ErrorBanner error={state.error} context="Loading the exposure" onRetry={retry} />
      ) : null}
      {state.status === 'ok' ? (
        <>
          <p>
            <span className={`badge badge-${state.data.status.toLowerCase()}`}>
              {STATUS_WORDS[state.data.status]}
            </span>{' '}
            <span className="muted">{state.data.rule}</span>
          </p>
          {state.data.status === 'LINKED' && state.data.paths.length > 0 ? (
            <>
              <ul className="exposure-paths">
                {state.data.paths.slice(0, LISTED).map((path) => (
                  <li key={path.relationships.map((r) => r.id).join('|')}>
                    <PathNarrative path={path} onSelectActor={onSelectActor} />
                  </li>
                ))}
              </ul>
              <button type="button" className="small" onClick={() => onShowPaths(state.data.paths)}>
                Highlight{' '}
                {state.data.paths.length === 1
                  ? 'this path'
                  : `these ${state.data.paths.length} paths`}{' '}
                in the graph
              </button>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
