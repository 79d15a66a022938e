import { compareStrings, type Relationship } from '@explorer/domain';
import { StoreTimeoutError } from '../../errors/DomainError';

/**
 * Breadth-first walks shared by both stores. A store supplies `expand`: given
 * the actors of one BFS level, every usable relationship touching them, as a
 * step away from the frontier actor. The embedded store answers it from
 * memory, Neo4j with one Cypher query per level; the same code then orders
 * and cuts results, so both stores give identical answers.
 */

/** One usable relationship seen from the frontier actor `from` towards `to`. */
export interface Step {
  from: string;
  to: string;
  rel: Relationship;
}

/**
 * `among`, a hint: only steps towards these actors are needed. A store may
 * use it to filter at the source (Neo4j reads a hub's links to the actors
 * already reached instead of all of them) or ignore it; callers filter anyway.
 */
export type Expand = (frontier: readonly string[], among?: ReadonlySet<string>) => Promise<Step[]>;

export interface BfsResult {
  /** Hop distance of every actor reached, the start at 0. */
  distance: Map<string, number>;
  /** For each actor, the steps that reach it from the previous level. */
  predecessors: Map<string, Step[]>;
  /** Every step expanded (relationships touching an actor at distance < maxHops). */
  steps: Step[];
  /** Actors of the first level where `targets` found any (empty when none). */
  hits: string[];
}

export interface BfsOptions {
  maxHops: number;
  /**
   * Which of the newly reached actors are targets. The walk stops after the
   * first level that has any, so every target found is at the least distance.
   */
  targets?: (actorIds: readonly string[]) => Promise<readonly string[]>;
}

export async function bfs(start: string, expand: Expand, options: BfsOptions): Promise<BfsResult> {
  const distance = new Map<string, number>([[start, 0]]);
  const predecessors = new Map<string, Step[]>();
  const steps: Step[] = [];
  const result = { distance, predecessors, steps, hits: [] as string[] };
  if (options.targets) {
    result.hits = [...(await options.targets([start]))];
    if (result.hits.length > 0) return result;
  }

  let frontier = [start];
  for (let hop = 1; hop <= options.maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const step of await expand(frontier)) {
      steps.push(step);
      const known = distance.get(step.to);
      if (known === undefined) {
        distance.set(step.to, hop);
        predecessors.set(step.to, [step]);
        next.push(step.to);
      } else if (known === hop) {
        predecessors.get(step.to)!.push(step);
      }
    }
    if (options.targets && next.length > 0) {
      result.hits = [...(await options.targets(next))];
      if (result.hits.length > 0) break;
    }
    frontier = next;
  }
  return result;
}

/** A path as ids: actors[i] -> actors[i+1] through rels[i]. */
export interface IdPath {
  actors: string[];
  rels: Relationship[];
}

/** Most paths enumerated before sorting; keeps a hub with many tied paths bounded. */
export const MAX_ENUMERATED_PATHS = 2000;

/**
 * All shortest paths from the BFS start to `target`, in the contract's order:
 * lexicographic over the steps (next actor id, relationship id). Enumeration
 * stops at MAX_ENUMERATED_PATHS.
 */
export function pathsTo(result: BfsResult, target: string): IdPath[] {
  if (!result.distance.has(target)) return [];
  const out: IdPath[] = [];
  const walkBack = (actor: string, actors: string[], rels: Relationship[]): void => {
    if (out.length >= MAX_ENUMERATED_PATHS) return;
    const preds = result.predecessors.get(actor);
    if (!preds) {
      out.push({ actors: [actor, ...actors], rels: [...rels] });
      return;
    }
    for (const step of preds) walkBack(step.from, [actor, ...actors], [step.rel, ...rels]);
  };
  walkBack(target, [], []);
  return out;
}

export function comparePaths(a: IdPath, b: IdPath): number {
  if (a.rels.length !== b.rels.length) return a.rels.length - b.rels.length;
  for (let i = 0; i < a.rels.length; i++) {
    const byActor = compareStrings(a.actors[i + 1]!, b.actors[i + 1]!);
    if (byActor !== 0) return byActor;
    const byRel = compareStrings(a.rels[i]!.id, b.rels[i]!.id);
    if (byRel !== 0) return byRel;
  }
  return 0;
}

/** Deduplicate relationships by id and order them by id. */
export function uniqueRelationships(rels: Iterable<Relationship>): Relationship[] {
  const byId = new Map<string, Relationship>();
  for (const rel of rels) byId.set(rel.id, rel);
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Optional, for neighbourhoods: the relationships of one BFS ring (`frontier`)
 * not touching `inner` (the actors nearer the centre), one step per
 * relationship (a link between two ring actors once, from either end),
 * ordered links-within-the-ring first, then by relationship id, at most
 * `take` of them. A store that can order and cut at the source (Neo4j) ships
 * `take` rows instead of every link of the ring's hubs.
 */
export type ExpandNearest = (
  frontier: readonly string[],
  options: { inner: ReadonlySet<string>; take: number },
) => Promise<Step[]>;

/**
 * Gives each BFS level a turn of the event loop and a deadline: other
 * requests are served meanwhile, and a walk past `deadline` (epoch ms) fails
 * with StoreTimeoutError instead of holding the process.
 */
export function withDeadline(expand: Expand, operation: string, timeoutMs: number): Expand {
  const deadline = Date.now() + timeoutMs;
  return async (frontier, among) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (Date.now() > deadline) throw new StoreTimeoutError(operation, timeoutMs);
    return expand(frontier, among);
  };
}
