import { useCallback, useMemo, useState } from 'react';
import { fetchGraph, fetchNeighborhood } from '../../api/api';
import type { GraphInput } from '../../graph/elements';
import { useAsync } from '../../hooks/useAsync';
import { EMPTY_GRAPH, mergeGraph, type GraphData } from '../../state/graphData';

interface Addition {
  input: GraphInput;
  anchor: string | null;
}

/**
 * The graph on screen: the whole curated graph (`graph`) plus every
 * neighbourhood expanded and every path found since.
 */
export function useGraphData() {
  const base = useAsync('graph', (signal) => fetchGraph({}, signal));
  const [additions, setAdditions] = useState<Addition[]>([]);
  const [expansion, setExpansion] = useState<{ id: string; error?: unknown } | null>(null);

  const data: GraphData = useMemo(() => {
    let merged = EMPTY_GRAPH;
    if (base.state.status === 'ok') merged = mergeGraph(merged, base.state.data);
    for (const { input, anchor } of additions) merged = mergeGraph(merged, input, anchor);
    return merged;
  }, [base.state, additions]);

  const add = useCallback((input: GraphInput, anchor: string | null = null) => {
    setAdditions((previous) => [...previous, { input, anchor }]);
  }, []);

  /** Loads the neighbours of `id` and adds them around it. */
  const expand = useCallback(
    async (id: string) => {
      setExpansion({ id });
      try {
        add(await fetchNeighborhood({ id, depth: 1 }), id);
        setExpansion(null);
      } catch (error) {
        setExpansion({ id, error });
      }
    },
    [add],
  );

  return {
    data,
    /** The load of the curated graph: loading, error (with retry) or ok. */
    base,
    truncated: base.state.status === 'ok' && base.state.data.truncated,
    add,
    expand,
    /** The expansion under way or failed, if any. */
    expansion,
    dismissExpansion: () => setExpansion(null),
  };
}
