import { fetchSanctionExposure, type Exposure, type RelationType } from '../../api/api';
import { useAsync, type AsyncState } from '../../hooks/useAsync';

/**
 * The sanctions exposure of `actorId` (null: none) over the `via` types (null:
 * the server's default), as of `year` (null: all dates).
 */
export function useExposure(
  actorId: string | null,
  via: readonly RelationType[] | null,
  year: number | null,
): { state: AsyncState<Exposure>; retry: () => void } {
  const key = actorId ? `exposure:${actorId}:${via?.join(',') ?? '*'}:${year ?? '*'}` : null;
  return useAsync(key, (signal) =>
    fetchSanctionExposure(
      {
        id: actorId!,
        via: via ? [...via] : null,
        asOf: year != null ? String(year) : null,
      },
      signal,
    ),
  );
}
