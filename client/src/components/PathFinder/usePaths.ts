import { fetchPaths, type PathResult } from '../../api/api';
import { useAsync, type AsyncState } from '../../hooks/useAsync';
import type { HighlightIds } from '../../graph/highlight';
import type { ActorRef } from '../../state/selection';

/** How to search for paths; see `Query.paths`. */
export interface PathOptions {
  /** Longest path, 1..8. Default 4. */
  maxHops: number;
  /** Follow source → target only. Default false. */
  directed: boolean;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxHops: 4, directed: false };

/** How many paths to ask for. */
const FIRST = 10;

/**
 * Loads the shortest paths between two ends whenever both are set, and hands
 * each answer to `onLoaded` too (to add its actors to the graph).
 */
export function usePaths(
  from: ActorRef | null,
  to: ActorRef | null,
  options: PathOptions,
  onLoaded: (paths: PathResult[]) => void,
): { state: AsyncState<PathResult[]>; retry: () => void } {
  const key =
    from && to ? `paths:${from.id}:${to.id}:${options.maxHops}:${options.directed}` : null;
  return useAsync(key, async (signal) => {
    const paths = await fetchPaths(
      {
        from: from!.id,
        to: to!.id,
        maxHops: options.maxHops,
        directed: options.directed,
        first: FIRST,
      },
      signal,
    );
    if (!signal.aborted) onLoaded(paths);
    return paths;
  });
}

/**
 * The nodes and edges to highlight: the chosen path, or else every path as
 * short as the shortest.
 */
export function pathHighlight(
  paths: readonly PathResult[],
  chosen: number | null,
): HighlightIds | null {
  if (paths.length === 0) return null;
  const shortest = Math.min(...paths.map((p) => p.hops));
  const shown =
    chosen != null && paths[chosen] ? [paths[chosen]] : paths.filter((p) => p.hops === shortest);
  return {
    nodes: [...new Set(shown.flatMap((p) => p.actors.map((a) => a.id)))],
    edges: [...new Set(shown.flatMap((p) => p.relationships.map((r) => r.id)))],
  };
}
