import { DirectedGraph, UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import { prng } from '../../test/prng';
import { StoreTimeoutError } from '../../errors/DomainError';
import { betweenness, pagerank, type EdgeList } from './centrality';
import { WorkClock } from './workClock';

/** graphology-metrics, as RankService used it before: the reference the fast versions must match. */
function reference(graph: EdgeList) {
  const undirected = new UndirectedGraph();
  const directed = new DirectedGraph();
  for (let i = 0; i < graph.n; i++) {
    undirected.addNode(i);
    directed.addNode(i);
  }
  for (let e = 0; e < graph.sources.length; e++) {
    const a = graph.sources[e]!;
    const b = graph.targets[e]!;
    if (a === b) continue;
    undirected.mergeEdge(a, b);
    directed.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number) ?? 0) + 1 }));
  }
  const asArray = (scores: Record<string, number>) =>
    Float64Array.from({ length: graph.n }, (_, i) => scores[String(i)]!);
  return {
    betweenness: asArray(graphologyBetweenness(undirected, { normalized: true })),
    pagerank: asArray(graphologyPagerank(directed, { getEdgeWeight: 'weight' })),
  };
}

function edges(n: number, pairs: [number, number][]): EdgeList {
  return {
    n,
    sources: Int32Array.from(pairs, ([a]) => a),
    targets: Int32Array.from(pairs, ([, b]) => b),
  };
}

/** A random graph with the shapes real data has: a hub (a designating authority), trees, cycles, repeats. */
function randomGraph(seed: number): EdgeList {
  const random = prng(seed);
  const n = 2 + Math.floor(random() * 120);
  const pairs: [number, number][] = [];
  const pick = () => Math.floor(random() * n);
  const hub = pick();
  for (let i = 0; i < n; i++) {
    const shape = random();
    if (shape < 0.3) pairs.push([hub, i]);
    else if (shape < 0.6 && i > 0) pairs.push([i, Math.floor(random() * i)]);
    else if (shape < 0.9) pairs.push([pick(), pick()]);
    if (random() < 0.05) pairs.push([i, i]); // a self-loop
    if (random() < 0.05 && pairs.length > 0) pairs.push(pairs[pairs.length - 1]!); // a repeat
  }
  return edges(n, pairs);
}

const clock = () => new WorkClock('test', 60_000);

const expectClose = (actual: Float64Array, expected: Float64Array) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-12 + 1e-9 * expected[i]!);
  }
};

describe('whole-graph metrics agree with graphology-metrics', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('random graph %i', async (seed) => {
    const graph = randomGraph(seed);
    const expected = reference(graph);
    expectClose(await betweenness(graph, clock()), expected.betweenness);
    expectClose(await pagerank(graph, clock()), expected.pagerank);
  });

  it.each([
    [
      'a star (an authority and its designations)',
      edges(
        6,
        [0, 1, 2, 3, 4].map((i) => [5, i]),
      ),
    ],
    [
      'a path',
      edges(5, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ]),
    ],
    [
      'a cycle with a tail',
      edges(6, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
        [3, 4],
        [4, 5],
      ]),
    ],
    [
      'two components',
      edges(7, [
        [0, 1],
        [1, 2],
        [3, 4],
        [4, 5],
        [5, 3],
        [5, 6],
      ]),
    ],
    ['two actors', edges(2, [[0, 1]])],
    ['one actor and a self-loop', edges(1, [[0, 0]])],
  ] as const)('%s', async (_name, graph) => {
    const expected = reference(graph);
    expectClose(await betweenness(graph, clock()), expected.betweenness);
    expectClose(await pagerank(graph, clock()), expected.pagerank);
  });

  it('a star folds to exact closed-form values', async () => {
    const leaves = 4000;
    const graph = edges(
      leaves + 1,
      Array.from({ length: leaves }, (_, i): [number, number] => [leaves, i]),
    );
    const scores = await betweenness(graph, clock());
    // Every pair of leaves passes through the centre: normalized, exactly 1.
    expect(scores[leaves]).toBeCloseTo(1, 12);
    expect(scores[0]).toBe(0);
  });
});

describe('a computation past its deadline', () => {
  it('fails with STORE_TIMEOUT between two searches, having let the event loop run', async () => {
    // A ring of 20,000 (no tree to fold): 20,000 breadth-first searches of 20,000 actors,
    // seconds of work anywhere; the deadline is 30 ms.
    const n = 20_000;
    const graph = edges(
      n,
      Array.from({ length: n }, (_, i): [number, number] => [i, (i + 1) % n]),
    );
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = Date.now();
    try {
      await expect(betweenness(graph, new WorkClock('rank', 30))).rejects.toBeInstanceOf(
        StoreTimeoutError,
      );
    } finally {
      clearInterval(timer);
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ticks).toBeGreaterThan(0);
  });
});
