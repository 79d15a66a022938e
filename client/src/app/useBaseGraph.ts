import { fetchGraph, fetchHasImported, type Subgraph } from '../api/api';
import { useAsync } from '../hooks/useAsync';
import { timeKey, type TimeQuery } from '../state/timeRange';
import { effectiveOrigin, type OriginChoice } from '../state/view';

/**
 * The graph every view starts from: the whole graph of the chosen origin.
 * Without a chosen origin, whether the store holds imported data decides
 * (Curated if so, so that thousands of imported actors are never drawn
 * unasked); until that is known nothing is asked for. With a year or range
 * it is asked for over that time (the server's limit then keeps to what held
 * in it); while another time loads, the last graph stays on screen.
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
  const base = useAsync(known ? `graph:${origin}:${timeKey(time)}` : null, (signal) =>
    fetchGraph(
      {
        ...time,
        ...(origin === 'both' ? {} : { origin: origin === 'curated' ? 'CURATED' : 'IMPORTED' }),
      },
      signal,
    ),
  );
  const graph: Subgraph | null =
    base.state.status === 'ok'
      ? base.state.data
      : base.state.status === 'loading'
        ? (base.state.stale ?? null)
        : null;
  return {
    /** The origin drawn: the chosen one, or the default once known. */
    origin,
    /** False until the origin is known (nothing is loaded before). */
    known,
    base,
    graph,
    /** The server cut the whole graph short. */
    truncated: !!graph?.truncated,
  };
}
