import type { WorkClock } from './workClock';

/**
 * PageRank and betweenness over a subgraph, on typed arrays, in pieces that
 * yield to the event loop (WorkClock): the same numbers as graphology-metrics
 * (pagerank: damping 0.85, parallel relationships add weight; betweenness:
 * undirected, normalized by (n-1)(n-2)), in memory linear in the subgraph
 * and without holding the process while they run.
 */

/** A directed edge list over actor indexes 0..n-1; self-loops are ignored by both metrics. */
export interface EdgeList {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
}

/** Undirected simple graph as compressed adjacency (parallel edges and self-loops dropped). */
function undirectedAdjacency({ n, sources, targets }: EdgeList) {
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (let e = 0; e < sources.length; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (a === b) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * n + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(a, b);
  }
  const starts = new Int32Array(n + 1);
  for (let k = 0; k < pairs.length; k++) starts[pairs[k]! + 1]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, n);
  const neighbours = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { starts, neighbours };
}

/**
 * Betweenness centrality (unweighted, undirected, each ordered pair of
 * actors counted), normalized by (n-1)(n-2) as graphology-metrics does; exact.
 *
 * Trees hanging off the graph are folded first (Baglioni et al., "Fast exact
 * computation of betweenness centrality in social networks", 2012): a
 * degree-1 actor is removed into its neighbour, which then stands for it
 * (weight `size`), and the pairs whose every shortest path runs through an
 * actor because of that are counted in closed form. Brandes' algorithm, with
 * weights, then runs on what is left (the 2-core), one breadth-first search
 * per remaining actor; the clock is consulted after each, so a deadline
 * stops it between two searches. A star of thousands (the designating
 * authority and its designations) folds in one pass.
 */
export async function betweenness(graph: EdgeList, clock: WorkClock): Promise<Float64Array> {
  const { n } = graph;
  const { starts, neighbours } = undirectedAdjacency(graph);
  await clock.tick();
  const centrality = new Float64Array(n);
  const componentSize = componentSizes(n, starts, neighbours);
  await clock.tick();

  // --- Fold the trees: size[v] = actors v stands for (itself and what was folded into it).
  const size = new Float64Array(n).fill(1);
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = starts[v + 1]! - starts[v]!;
  const removed = new Uint8Array(n);
  const leaves: number[] = [];
  for (let v = 0; v < n; v++) if (degree[v] === 1) leaves.push(v);
  while (leaves.length > 0) {
    const u = leaves.pop()!;
    if (removed[u] || degree[u] !== 1) continue;
    let v = -1;
    for (let k = starts[u]!; k < starts[u + 1]!; k++) {
      if (!removed[neighbours[k]!]) {
        v = neighbours[k]!;
        break;
      }
    }
    const total = componentSize[u]!;
    // Pairs from inside u's folded tree to every actor outside it pass through u...
    centrality[u]! += 2 * (size[u]! - 1) * (total - size[u]!);
    // ...and pairs between u's tree and what was already folded into v pass through v.
    centrality[v]! += 2 * size[u]! * (size[v]! - 1);
    size[v]! += size[u]!;
    removed[u] = 1;
    degree[u] = 0;
    if (--degree[v]! === 1) leaves.push(v);
    else if (degree[v] === 0) removed[v] = 1; // the whole tree folded into v: nothing left to count
  }

  await clock.tick();
  // --- Brandes with weights on the 2-core.
  const core: number[] = [];
  for (let v = 0; v < n; v++) {
    if (removed[v]) continue;
    core.push(v);
    // Pairs from v's folded trees to every actor outside them pass through v.
    centrality[v]! += 2 * (size[v]! - 1) * (componentSize[v]! - size[v]!);
  }
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  // Predecessors of w on shortest paths from the source, as a slice of `preds` per actor.
  const predCount = new Int32Array(n);
  const preds = new Int32Array(neighbours.length);

  for (const s of core) {
    distance[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dv = distance[v]!;
      for (let k = starts[v]!; k < starts[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (removed[w]) continue;
        if (distance[w]! < 0) {
          distance[w] = dv + 1;
          order[tail++] = w;
        }
        if (distance[w] === dv + 1) {
          sigma[w]! += sigma[v]!;
          preds[starts[w]! + predCount[w]!++] = v;
        }
      }
    }
    for (let k = tail - 1; k >= 0; k--) {
      const w = order[k]!;
      // Every actor folded into w is a target reached through w.
      const coefficient = (size[w]! + delta[w]!) / sigma[w]!;
      for (let p = starts[w]!; p < starts[w]! + predCount[w]!; p++) {
        const v = preds[p]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      // ...and every actor folded into s a source.
      if (w !== s) centrality[w]! += size[s]! * delta[w]!;
    }
    // Only the actors this search reached were touched: reset them alone.
    for (let k = 0; k < tail; k++) {
      const v = order[k]!;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
      predCount[v] = 0;
    }
    await clock.tick();
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) centrality[i]! *= scale;
  }
  return centrality;
}

/** For each actor, the number of actors in its connected component. */
function componentSizes(n: number, starts: Int32Array, neighbours: Int32Array): Float64Array {
  const sizes = new Float64Array(n);
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (component[root]! >= 0) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    component[root] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = starts[v]!; k < starts[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (component[w]! < 0) {
          component[w] = root;
          queue[tail++] = w;
        }
      }
    }
    for (let k = 0; k < tail; k++) sizes[queue[k]!] = tail;
  }
  return sizes;
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/**
 * PageRank by power iteration over directed relationships, parallel ones
 * adding weight, dangling actors spreading their rank evenly (graphology's
 * rule: damping 0.85, at most 100 iterations, tolerance 1e-6 per actor).
 */
export async function pagerank(graph: EdgeList, clock: WorkClock): Promise<Float64Array> {
  const { n, sources, targets } = graph;
  // Out-edges per source, weight = number of parallel relationships.
  const weights = new Map<number, number>();
  for (let e = 0; e < sources.length; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (a === b) continue;
    const key = a * n + b;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const starts = new Int32Array(n + 1);
  for (const key of weights.keys()) starts[Math.floor(key / n) + 1]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, n);
  const to = new Int32Array(weights.size);
  const share = new Float64Array(weights.size);
  const outWeight = new Float64Array(n);
  for (const [key, w] of weights) outWeight[Math.floor(key / n)]! += w;
  for (const [key, w] of weights) {
    const a = Math.floor(key / n);
    const k = fill[a]!++;
    to[k] = key % n;
    share[k] = w / outWeight[a]!;
  }
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling.push(i);

  const p = 1 / n;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= DAMPING;
    for (let i = 0; i < n; i++) {
      for (let k = starts[i]!; k < starts[i + 1]!; k++)
        next[to[k]!]! += DAMPING * x[i]! * share[k]!;
      next[i]! += dangleSum * p + (1 - DAMPING) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * TOLERANCE) break;
    await clock.tick();
  }
  return x;
}
