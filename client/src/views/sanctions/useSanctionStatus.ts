import { fetchSanctionStatus, type SanctionStatusReport } from '../../api/api';
import { useAsync, type AsyncState } from '../../hooks/useAsync';

/**
 * The sanction status of `actorId` (null: none) per authority, as of `year`
 * (null: in force now). The server's defaults stand for the rest: undated
 * links count (screening errs towards exposure), 4 hops down control chains.
 */
export function useSanctionStatus(
  actorId: string | null,
  year: number | null,
): { state: AsyncState<SanctionStatusReport>; retry: () => void } {
  const key = actorId ? `status:${actorId}:${year ?? '*'}` : null;
  return useAsync(key, (signal) =>
    fetchSanctionStatus({ id: actorId!, asOf: year != null ? String(year) : null }, signal),
  );
}
