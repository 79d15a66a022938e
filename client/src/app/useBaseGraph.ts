import { fetchGraph, fetchHasImported, type Origin, type Subgraph } from '../api/api';
import { useAsync } from '../hooks/useAsync';
import { timeKey, type TimeQuery } from '../state/timeRange';
import { effectiveOrigin, type OriginChoice } from '../state/view';

/**
 * The graph every view starts from: the whole graph of the chosen origin.
 * Without a chosen origin, whether the store holds imported data decides
 * (Curated if so, so that thousands of imported actors are never drawn
 * unasked); until that is known nothing is asked for. With a year or range
 * the graph of that time is asked for too (`windowed`): what held then, by
 * the server, within its limit even when the whole graph is cut short. The
 * whole graph stays loaded beside it, so that what a window leaves out (its
 * actors' designations, the links of other times) is hidden, not forgotten,
 * and the drawing follows the brush at once.
 */
export function useBaseGraph(chosen: OriginChoice | null, time: TimeQuery) {
  const imported = useAsync(chosen ? null : 'has-imported', fetchHasImported);
  const hasImported =
    imported.state.status === 'ok'
      ? imported.state.data
      : imported.state.status === 'error'
        ? false
        : null;
  const origin = effectiveOrigin(chosen, hasImported);
  const known = chosen != null || hasImported != null;
  const originArg: { origin?: Origin } =
    origin === 'both' ? {} : { origin: origin === 'curated' ? 'CURATED' : 'IMPORTED' };
  const base = useAsync(known ? `graph:${origin}` : null, (signal) =>
    fetchGraph(originArg, signal),
  );
  const graph: Subgraph | null = base.state.status === 'ok' ? base.state.data : null;
  const timed = timeKey(time) !== '*';
  const window = useAsync(known && timed ? `graph:${origin}:${timeKey(time)}` : null, (signal) =>
    fetchGraph({ ...time, ...originArg }, signal),
  );
  // While another window loads, the last one stays (it only adds to the whole graph).
  const windowed: Subgraph | null =
    window.state.status === 'ok'
      ? window.state.data
      : window.state.status === 'loading'
        ? (window.state.stale ?? null)
        : null;
  return {
    /** The origin drawn: the chosen one, or the default once known. */
    origin,
    /** False until the origin is known (nothing is loaded before). */
    known,
    base,
    graph,
    /** The graph of the year or range asked for; null without one (or until it loads). */
    windowed: timed ? windowed : null,
    /** The server cut the whole graph short. */
    truncated: !!graph?.truncated,
  };
}
