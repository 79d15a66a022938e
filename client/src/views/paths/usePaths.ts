import { API_BOUNDS, API_DEFAULTS } from '@explorer/domain';
import { fetchPaths, type PathResult, type RelationType } from '../../api/api';
import { useAsync, type AsyncState } from '../../hooks/useAsync';
import { NO_TIME, timeKey, type TimeQuery } from '../../state/timeRange';

/** How to search for paths; see `Query.paths`. */
export interface PathOptions {
  /** Longest path, 1..8. Default 4. */
  maxHops: number;
  /** Follow source → target only. Default false. */
  directed: boolean;
  /** Relationship types paths may use; null (default): all. */
  types: readonly RelationType[] | null;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = {
  maxHops: API_BOUNDS.Query.paths.maxHops.default,
  directed: API_DEFAULTS.Query.paths.directed,
  types: null,
};

/** How many paths to ask for. */
const FIRST = 10;

/**
 * Loads the shortest paths between two actors (ids) whenever both are set,
 * over the links that held in the year or range of `time` (`timeFrom`/`timeTo`
 * in the API, whose `from`/`to` are the ends).
 */
export function usePaths(
  from: string | null,
  to: string | null,
  options: PathOptions,
  time: TimeQuery = NO_TIME,
): { state: AsyncState<PathResult[]>; retry: () => void } {
  const types = options.types ? options.types.join(',') : '*';
  const key =
    from && to
      ? `paths:${from}:${to}:${options.maxHops}:${options.directed}:${types}:${timeKey(time)}`
      : null;
  return useAsync(key, (signal) =>
    // No allowed type at all: no path, without asking.
    options.types?.length === 0
      ? Promise.resolve([])
      : fetchPaths(
          {
            from: from!,
            to: to!,
            maxHops: options.maxHops,
            directed: options.directed,
            types: options.types ? [...options.types] : null,
            asOf: time.asOf,
            timeFrom: time.from,
            timeTo: time.to,
            includeUndated: time.includeUndated,
            first: FIRST,
          },
          signal,
        ),
  );
}
