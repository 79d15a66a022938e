import { createHash } from 'node:crypto';
import type { Actor, ActorKind, RelationType } from '@explorer/domain';
import { compareStrings } from '@explorer/domain';
import type { GraphStore, Subgraph } from '../store/GraphStore';
import { ARGUMENT_BOUNDS, RANK_SUBGRAPH_LIMIT, bounded, optionalList } from './limits';
import { betweenness, pagerank, type EdgeList } from './metrics/centrality';
import { MetricCache } from './metrics/metricCache';
import { WorkClock } from './metrics/workClock';

export type RankMetric = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';

/**
 * What one ranking costs in the query price (queryCost.ts), per relationship
 * its subgraph may hold (RANK_SUBGRAPH_LIMIT): one pass for DEGREE; PAGERANK
 * iterates over the relationships; BETWEENNESS runs a breadth-first search
 * from every actor (the dearest by far, though bounded by the deadline and
 * cached). Measured in bench (rank row) on the imported OFAC list.
 */
const WORK_PER_RELATIONSHIP: Readonly<Record<RankMetric, number>> = {
  DEGREE: 1,
  PAGERANK: 2,
  BETWEENNESS: 6,
};

/** The price of one `rank` call: the size of the subgraph it may touch, times its metric's weight. */
export function rankWork(metric: RankMetric | undefined): number {
  const weight = (metric && WORK_PER_RELATIONSHIP[metric]) ?? WORK_PER_RELATIONSHIP.BETWEENNESS;
  return RANK_SUBGRAPH_LIMIT * weight;
}

/** Scores kept per cached ranking: as many as `first` may ask for. */
const KEPT = ARGUMENT_BOUNDS['Query.rank.first'].max;

interface Ranked {
  id: string;
  score: number;
}

/**
 * Influence: a graph metric over a bounded subgraph (the same on either
 * store). PageRank and betweenness run in pieces on the event loop under
 * the store call deadline (QUERY_TIMEOUT_MS: STORE_TIMEOUT past it), and
 * their top scores are cached per subgraph topology, so a ranking of
 * unchanged data is not computed twice.
 */
export class RankService {
  private readonly cache = new MetricCache<Ranked[]>();

  constructor(
    private readonly store: GraphStore,
    /** Deadline of one ranking's computation (the walks' QUERY_TIMEOUT_MS). */
    private readonly timeoutMs = 5000,
  ) {}

  async rank(args: {
    metric: RankMetric;
    types?: readonly RelationType[] | null;
    kinds?: readonly ActorKind[] | null;
    first?: number | null;
  }): Promise<{ actor: Actor; score: number }[]> {
    const first = bounded('Query.rank.first', args.first);
    const clock = new WorkClock('rank', this.timeoutMs);
    // Between every step a turn for other requests, once the shared slice is used up:
    // rankings asked together (aliases) then read and compute in turns, not all at once.
    await clock.tick();
    const sub = await this.store.graph({
      types: optionalList(args.types),
      kinds: optionalList(args.kinds),
      limit: RANK_SUBGRAPH_LIMIT,
    });
    await clock.tick();
    const key = `${args.metric}:${topologyDigest(sub)}`;
    await clock.tick();
    const ranked = await this.cache.get(key, async () => topScores(args.metric, sub, clock));
    const actors = new Map(sub.actors.map((a) => [a.id, a]));
    return ranked.slice(0, first).map(({ id, score }) => ({ actor: actors.get(id)!, score }));
  }
}

/** Identifies what the metrics read of a subgraph: its actors and the endpoints of each relationship. */
function topologyDigest(sub: Subgraph): string {
  const hash = createHash('sha256');
  for (const actor of sub.actors) hash.update(actor.id).update('\0');
  hash.update('\u0001');
  for (const rel of sub.relationships)
    hash.update(rel.source).update('\0').update(rel.target).update('\0');
  return hash.digest('base64url');
}

async function topScores(metric: RankMetric, sub: Subgraph, clock: WorkClock): Promise<Ranked[]> {
  // Nothing to rank: the metrics are not defined on an empty graph.
  if (sub.actors.length === 0) return [];
  const index = new Map(sub.actors.map((a, i) => [a.id, i]));
  const graph: EdgeList = {
    n: sub.actors.length,
    sources: Int32Array.from(sub.relationships, (r) => index.get(r.source)!),
    targets: Int32Array.from(sub.relationships, (r) => index.get(r.target)!),
  };
  await clock.tick();
  const scores =
    metric === 'DEGREE'
      ? degree(graph)
      : metric === 'PAGERANK'
        ? await pagerank(graph, clock)
        : await betweenness(graph, clock);
  return sub.actors
    .map((actor, i) => ({ id: actor.id, score: stable(scores[i]!) }))
    .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id))
    .slice(0, KEPT);
}

/** Relationships of each actor, either direction (a self-loop counts twice, as before). */
function degree({ n, sources, targets }: EdgeList): Float64Array {
  const counts = new Float64Array(n);
  for (let e = 0; e < sources.length; e++) {
    counts[sources[e]!]!++;
    counts[targets[e]!]!++;
  }
  return counts;
}

/**
 * A score to 12 significant digits: equal in exact arithmetic means equal
 * here, whatever order the floating-point sums ran in, so ties are ordered
 * by id as the schema says.
 */
function stable(score: number): number {
  return Number(score.toPrecision(12));
}
