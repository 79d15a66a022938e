import { API_BOUNDS } from '@explorer/domain';
import { range } from '../../format/range';
import type { Depth } from '../../state/view';
import './FocusBar.css';

export interface FocusBarProps {
  /** The focused actor, or null for the whole graph. */
  focus: { id: string; name: string } | null;
  depth: Depth;
  /** Show the depth control (not for control chains, which go as deep as they go). */
  showDepth?: boolean;
  /** Expanded actors, each can be collapsed. */
  expanded: readonly { id: string; name: string }[];
  /** The focus's neighbourhood is loading. */
  loading?: boolean;
  onChangeDepth: (depth: Depth) => void;
  onShowWholeGraph: () => void;
  onCollapse: (id: string) => void;
}

/** Every neighbourhood `depth` the API accepts. */
const DEPTHS = range(API_BOUNDS.Query.neighborhood.depth) as Depth[];

/** What the graph shows: the whole graph, or an actor's neighbourhood at some depth, plus expansions. */
export function FocusBar(props: FocusBarProps) {
  const { focus, depth, expanded } = props;
  return (
    <div className="focus-bar" role="group" aria-label="Focus">
      {focus ? (
        <>
          <span className="focus-value" data-testid="focus-value">
            Around <strong>{focus.name}</strong>
            {props.loading ? <span className="muted"> (loading…)</span> : null}
          </span>
          {props.showDepth !== false ? (
            <span className="segmented" role="group" aria-label="Hops around the focus">
              <span className="segmented-label">Hops</span>
              {DEPTHS.map((d) => (
                <button
                  key={d}
                  type="button"
                  aria-pressed={d === depth}
                  data-testid={`depth-${d}`}
                  title={`Actors within ${d} hop${d === 1 ? '' : 's'}`}
                  onClick={() => props.onChangeDepth(d)}
                >
                  {d}
                </button>
              ))}
            </span>
          ) : null}
          <button type="button" data-testid="show-whole-graph" onClick={props.onShowWholeGraph}>
            Whole graph
          </button>
        </>
      ) : (
        <span className="focus-value muted" data-testid="focus-value">
          Whole graph
        </span>
      )}
      {expanded.length ? (
        <span className="expanded-list" data-testid="expanded">
          <span className="muted">Expanded:</span>
          {expanded.map((a) => (
            <span key={a.id} className="chip">
              {a.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Collapse ${a.name}`}
                onClick={() => props.onCollapse(a.id)}
              >
                ×
              </button>
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}
