import { useMemo } from 'react';
import { fetchNeighborhood, type Subgraph } from '../api/api';
import type { GraphInput } from '../graph/elements';
import { useAsync } from '../hooks/useAsync';

/**
 * An actor selected from a panel (a designation, a money flow) that the
 * graph never loaded: its neighbourhood, so that it can be drawn and its
 * links shown. Null while nothing is missing.
 */
export function useMissingSelection(
  selectedActorId: string | null,
  base: GraphInput | null,
  subgraphs: readonly GraphInput[],
): Subgraph | null {
  const knownIds = useMemo(
    () =>
      new Set([...(base?.actors ?? []), ...subgraphs.flatMap((s) => s.actors)].map((a) => a.id)),
    [base, subgraphs],
  );
  const missing =
    selectedActorId && base && !knownIds.has(selectedActorId) ? selectedActorId : null;
  const extra = useAsync(missing ? `extra:${missing}` : null, (signal) =>
    fetchNeighborhood({ id: missing!, depth: 1 }, signal),
  );
  return extra.state.status === 'ok' ? extra.state.data : null;
}
