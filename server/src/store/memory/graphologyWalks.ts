import type { MultiDirectedGraph } from 'graphology';
import { inWindow, type Actor, type Relationship, type TimeWindow } from '@explorer/domain';
import type { Path, TraverseStep, WalkFilter } from '../GraphStore';
import { nearestIds, shortestPathIds } from '../walk/queries';
import { withDeadline, type Expand, type IdPath, type Step } from '../walk/walk';

/**
 * The shared walk code (walk/queries.ts) over the graphology graph itself, as
 * the embedded store ran every walk before its integer index. The store
 * still asks it for paths when more than MAX_ENUMERATED_PATHS tie (which are
 * kept then depends on graphology's adjacency order); the differential test
 * compares the integer walks with it.
 */

type Graph = MultiDirectedGraph<Actor, Relationship>;

/** Steps away from each frontier actor over usable relationships (out-edges only when directed). */
export function expander(g: Graph, filter: WalkFilter, directed: boolean): Expand {
  const typeSet = filter.types?.length ? new Set(filter.types) : undefined;
  const accept = (rel: Relationship): boolean =>
    (!typeSet || typeSet.has(rel.type)) && inWindow(rel, filter.when);
  return async (frontier) => {
    const steps: Step[] = [];
    for (const node of frontier) {
      const visit = (_key: string, rel: Relationship, source: string, target: string): void => {
        if (!accept(rel)) return;
        if (source === node) steps.push({ from: node, to: target, rel });
        else steps.push({ from: node, to: source, rel });
      };
      if (directed) g.forEachOutEdge(node, visit);
      else g.forEachEdge(node, visit);
    }
    return steps;
  };
}

/** Steps following per-type direction rules (traverse). */
export function traverseExpander(
  g: Graph,
  steps: readonly TraverseStep[],
  when: TimeWindow | undefined,
): Expand {
  const rules = new Map(steps.map((s) => [s.type, new Set([s.direction])] as const));
  for (const s of steps) rules.get(s.type)!.add(s.direction);
  return async (frontier) => {
    const out: Step[] = [];
    for (const node of frontier) {
      g.forEachEdge(node, (_key, rel, source, target) => {
        const dirs = rules.get(rel.type);
        if (!dirs || !inWindow(rel, when)) return;
        if (source === node && dirs.has('OUT')) out.push({ from: node, to: target, rel });
        if (target === node && dirs.has('IN') && source !== target)
          out.push({ from: node, to: source, rel });
      });
    }
    return out;
  };
}

function toPath(g: Graph, path: IdPath): Path {
  return { actors: path.actors.map((id) => g.getNodeAttributes(id)), relationships: path.rels };
}

export async function shortestPaths(
  g: Graph,
  from: string,
  to: string,
  query: WalkFilter & { directed: boolean; maxHops: number; first: number },
  timeoutMs: number,
): Promise<Path[]> {
  const expand = withDeadline(expander(g, query, query.directed), 'paths', timeoutMs);
  const paths = await shortestPathIds(from, to, expand, query.maxHops, query.first);
  return paths.map((p) => toPath(g, p));
}

export async function nearestDesignated(
  g: Graph,
  start: string,
  query: { via: WalkFilter['types']; when?: TimeWindow; maxHops: number; first: number },
  designated: ReadonlySet<string>,
  timeoutMs: number,
): Promise<Path[]> {
  const filter = { types: query.via, when: query.when };
  const expand = withDeadline(expander(g, filter, false), 'sanctionExposure', timeoutMs);
  const targets = async (ids: readonly string[]) => ids.filter((id) => designated.has(id));
  const paths = await nearestIds(start, expand, targets, query.maxHops, query.first);
  return paths.map((p) => toPath(g, p));
}
