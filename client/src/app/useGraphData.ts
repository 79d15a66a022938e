import { useMemo } from 'react';
import type { GraphInput } from '../graph/elements';
import { EMPTY_GRAPH, mergeGraph, type GraphData } from '../state/graphData';

type Piece = GraphInput | null | undefined;

/**
 * Everything loaded so far, as one graph: the curated graph first, then the
 * other `pieces` (money graph, paths, exposure...), then every neighbourhood
 * and chain. Pieces only add; the graph view never removes what it has
 * drawn, it hides it.
 */
export function useGraphData(
  base: Piece,
  pieces: readonly [Piece, Piece, Piece, Piece, Piece],
  subgraphs: readonly GraphInput[],
): GraphData {
  const [a, b, c, d, e] = pieces;
  return useMemo(
    () =>
      [base, a, b, c, d, e, ...subgraphs].reduce<GraphData>(
        (data, piece) => (piece ? mergeGraph(data, piece) : data),
        EMPTY_GRAPH,
      ),
    [base, a, b, c, d, e, subgraphs],
  );
}
