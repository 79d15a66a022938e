import { DirectedGraph, UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';
import {
  compareStrings,
  type Actor,
  type ActorKind,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import type { GraphStore } from '../store/GraphStore';
import { boundedInt, optionalList } from './limits';

export type RankMetric = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';

/** Most relationships a ranking reads: it runs over a bounded subgraph, never the whole database. */
export const RANK_SUBGRAPH_LIMIT = 5000;

/** Influence: graphology metrics over the same bounded subgraph on either store. */
export class RankService {
  constructor(private readonly store: GraphStore) {}

  async rank(args: {
    metric: RankMetric;
    types?: readonly RelationType[] | null;
    kinds?: readonly ActorKind[] | null;
    first?: number | null;
  }): Promise<{ actor: Actor; score: number }[]> {
    const first = boundedInt('first', args.first, 20, 1, 100);
    const sub = await this.store.graph({
      types: optionalList(args.types),
      kinds: optionalList(args.kinds),
      limit: RANK_SUBGRAPH_LIMIT,
    });
    const scores = score(args.metric, sub.actors, sub.relationships);
    return sub.actors
      .map((actor) => ({ actor, score: scores.get(actor.id) ?? 0 }))
      .sort((a, b) => b.score - a.score || compareStrings(a.actor.id, b.actor.id))
      .slice(0, first);
  }
}

function score(
  metric: RankMetric,
  actors: readonly Actor[],
  rels: readonly Relationship[],
): Map<string, number> {
  // Nothing to rank: the metrics' solvers fail on an empty graph rather than return nothing.
  if (actors.length === 0) return new Map();
  switch (metric) {
    case 'DEGREE': {
      const degree = new Map<string, number>();
      for (const rel of rels) {
        degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
        degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
      }
      return degree;
    }
    case 'PAGERANK': {
      // Parallel relationships between two actors add weight rather than edges.
      const graph = new DirectedGraph();
      for (const a of actors) graph.addNode(a.id);
      for (const rel of rels) {
        if (rel.source === rel.target) continue;
        graph.updateEdge(rel.source, rel.target, (attr) => ({
          weight: ((attr.weight as number) ?? 0) + 1,
        }));
      }
      return new Map(Object.entries(pagerank(graph, { getEdgeWeight: 'weight' })));
    }
    case 'BETWEENNESS': {
      const graph = new UndirectedGraph();
      for (const a of actors) graph.addNode(a.id);
      for (const rel of rels)
        if (rel.source !== rel.target) graph.mergeEdge(rel.source, rel.target);
      return new Map(Object.entries(betweenness(graph, { normalized: true })));
    }
  }
}
