import { API_BOUNDS } from '@explorer/domain';
import type { PathResult, RelationshipFields, SourceDocument } from '../../api/api';
import type { AsyncState } from '../../hooks/useAsync';
import { range } from '../../format/range';
import type { ActorRef } from '../../state/selection';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { PathEnd } from './PathEnd';
import { TypeChecklist } from '../../components/TypeChecklist/TypeChecklist';
import { PathNarrative } from '../../components/PathNarrative/PathNarrative';
import { PathSteps } from '../../components/PathSteps/PathSteps';
import type { PathOptions } from './usePaths';
import './PathFinder.css';

export interface PathFinderProps {
  from: ActorRef | null;
  to: ActorRef | null;
  onChangeFrom: (actor: ActorRef | null) => void;
  onChangeTo: (actor: ActorRef | null) => void;
  options: PathOptions;
  onChangeOptions: (options: PathOptions) => void;
  /** The paths between `from` and `to` (see `usePaths`). */
  state: AsyncState<PathResult[]>;
  onRetry: () => void;
  /** The path shown alone, or null for all the shortest. */
  chosen: number | null;
  onChoose: (index: number | null) => void;
  onSelectActor: (id: string) => void;
  onSelectRelationship?: (relationship: RelationshipFields) => void;
  documents?: ReadonlyMap<string, SourceDocument>;
  /** Paths are computed as of this year; null: all dates. */
  year?: number | null;
}

/** Every `maxHops` the API accepts. */
const HOPS = range(API_BOUNDS.Query.paths.maxHops);

/** Two ends, a couple of options, and the shortest paths between the ends as narratives. */
export function PathFinder(props: PathFinderProps) {
  const { from, to, options, state, chosen } = props;
  return (
    <section className="panel path-finder" aria-labelledby="path-finder-heading">
      <h2 id="path-finder-heading">Path finder</h2>
      <div className="path-ends">
        <PathEnd label="From" testId="path-from" value={from} onChange={props.onChangeFrom} />
        <PathEnd label="To" testId="path-to" value={to} onChange={props.onChangeTo} />
        {from || to ? (
          <button
            type="button"
            className="small"
            onClick={() => {
              props.onChangeFrom(to);
              props.onChangeTo(from);
            }}
          >
            Swap ends
          </button>
        ) : null}
      </div>
      <div className="path-options">
        <label>
          <input
            type="checkbox"
            checked={options.directed}
            onChange={(e) => props.onChangeOptions({ ...options, directed: e.target.checked })}
          />{' '}
          Follow arrows only
        </label>
        <label>
          Up to{' '}
          <select
            value={options.maxHops}
            onChange={(e) => props.onChangeOptions({ ...options, maxHops: Number(e.target.value) })}
          >
            {HOPS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          hops
        </label>
        {props.year != null ? <span className="muted">as of {props.year}</span> : null}
      </div>
      <details className="path-types">
        <summary>
          Link types{' '}
          <span className="muted">
            ({options.types ? `${options.types.length} chosen` : 'all'})
          </span>
        </summary>
        <TypeChecklist
          legend="Paths may use"
          selected={options.types}
          onChange={(types) => props.onChangeOptions({ ...options, types })}
          testId="path-types"
        />
      </details>
      {state.status === 'idle' ? (
        <p className="muted">
          Choose two actors, or use “Path from here” and “Path to here” in an actor’s panel.
        </p>
      ) : null}
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Finding paths…
        </p>
      ) : null}
      {state.status === 'error' ? (
        <ErrorBanner error={state.error} context="Finding paths" onRetry={props.onRetry} />
      ) : null}
      {state.status === 'ok' && state.data.length === 0 ? (
        <p data-testid="path-empty" role="status">
          No path within {options.maxHops} hops{options.directed ? ' following the arrows' : ''}
          {options.types ? ' over the chosen link types' : ''}
          {props.year != null ? ` as of ${props.year}` : ''}.
        </p>
      ) : null}
      {state.status === 'ok' && state.data.length > 0 ? (
        <>
          <p role="status" className="muted">
            {state.data.length === 1 ? '1 path' : `${state.data.length} paths`}, shortest first.{' '}
            {chosen != null ? (
              <button type="button" className="link" onClick={() => props.onChoose(null)}>
                Highlight all shortest
              </button>
            ) : null}
          </p>
          <ol className="paths">
            {state.data.map((path, index) => (
              <li
                key={path.relationships.map((r) => r.id).join('|')}
                data-testid="path-result"
                className={chosen === index ? 'chosen' : undefined}
              >
                <PathNarrative path={path} onSelectActor={props.onSelectActor} />
                <button
                  type="button"
                  className="small"
                  aria-pressed={chosen === index}
                  onClick={() => props.onChoose(chosen === index ? null : index)}
                >
                  {path.hops === 1 ? '1 hop' : `${path.hops} hops`} · highlight only this
                </button>
                <details open={chosen === index}>
                  <summary>Hop by hop, with evidence</summary>
                  <PathSteps
                    path={path}
                    documents={props.documents}
                    onSelectActor={props.onSelectActor}
                    onSelectRelationship={props.onSelectRelationship}
                  />
                </details>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
