import type { Collection, EdgeSingular, Position } from 'cytoscape';
import { SUPERIOR_END } from '@explorer/domain';
import type { RelationType } from '../api/api';
import { defaults, type GraphOptions } from './defaults';

/**
 * True for the relationships that make a hierarchy: command, control,
 * ownership, membership, office (the domain's SUPERIOR_END: as in the API's
 * `controlChain`, whoever holds office in a body heads it).
 */
export function isHierarchyType(type: RelationType): boolean {
  return SUPERIOR_END[type] !== undefined;
}

/** [superior, subordinate] ids of a hierarchy edge; null for any other edge or a loop. */
export function superiorAndSubordinate(edge: EdgeSingular): [string, string] | null {
  const superior = SUPERIOR_END[edge.data('type') as RelationType];
  const [s, t] = [edge.source().id(), edge.target().id()];
  if (s === t || !superior) return null;
  return superior === 'source' ? [s, t] : [t, s];
}

/** Spacing of the layered layout, in model pixels. */
export interface LayeredSpacing {
  /** Between levels. */
  levelGap: number;
  /** Between neighbours on a level (room for a wrapped label). */
  nodeGap: number;
  /** Between separate hierarchies side by side. */
  componentGap: number;
  /** A level of leaves longer than this wraps onto several lines. */
  wrapAt: number;
}

export function layeredSpacing(options: GraphOptions = defaults): LayeredSpacing {
  return {
    levelGap: 110,
    nodeGap: options.labelMaxWidth + 24,
    componentGap: options.labelMaxWidth,
    wrapAt: 5,
  };
}

/**
 * A top-down layered layout ("dagre-like") of `eles`: superiors above their
 * subordinates along command, control, ownership, membership and office;
 * each actor on the level below its lowest superior (a top sits just above
 * its highest subordinate); levels ordered to keep links short; parents
 * centred over their subordinates. Separate hierarchies stand side by side,
 * largest first; actors outside any hierarchy go in a grid below. Cycles are
 * broken where the depth-first walk meets them.
 */
export function layeredPositions(
  eles: Collection,
  spacing: LayeredSpacing = layeredSpacing(),
): Map<string, Position> {
  const ids = eles
    .nodes()
    .map((n) => n.id())
    .sort();
  const inSet = new Set(ids);
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  const arcs = new Set<string>();
  eles.edges().forEach((edge) => {
    const pair = superiorAndSubordinate(edge);
    if (!pair || !inSet.has(pair[0]) || !inSet.has(pair[1])) return;
    const key = `${pair[0]}\u0000${pair[1]}`;
    if (arcs.has(key)) return;
    arcs.add(key);
    down.set(pair[0], [...(down.get(pair[0]) ?? []), pair[1]]);
    up.set(pair[1], [...(up.get(pair[1]) ?? []), pair[0]]);
  });
  const tree = ids.filter((id) => down.has(id) || up.has(id));
  const rest = ids.filter((id) => !down.has(id) && !up.has(id));

  const acyclic = breakCycles(tree, down);
  const level = levels(tree, acyclic);
  const positions = new Map<string, Position>();
  let offset = 0;
  let bottom = 0;
  for (const component of components(tree, acyclic)) {
    const placed = placeComponent(component, acyclic, level, spacing);
    const xs = [...placed.values()].map((p) => p.x);
    const left = Math.min(...xs);
    const right = Math.max(...xs);
    for (const [id, p] of placed) {
      positions.set(id, { x: p.x - left + offset, y: p.y });
      bottom = Math.max(bottom, p.y);
    }
    offset += right - left + spacing.nodeGap + spacing.componentGap;
  }
  if (rest.length) {
    const width = Math.max(offset - spacing.componentGap - spacing.nodeGap, 0);
    const columns = Math.max(1, Math.min(rest.length, Math.floor(width / spacing.nodeGap) + 1));
    const top = tree.length ? bottom + spacing.levelGap * 1.5 : 0;
    const rowWidth = (Math.min(columns, rest.length) - 1) * spacing.nodeGap;
    const left = width / 2 - rowWidth / 2;
    rest.forEach((id, i) => {
      positions.set(id, {
        x: left + (i % columns) * spacing.nodeGap,
        y: top + Math.floor(i / columns) * spacing.levelGap,
      });
    });
  }
  return positions;
}

type Arcs = ReadonlyMap<string, readonly string[]>;

/** The superior → subordinate arcs without those that close a cycle. */
function breakCycles(nodes: readonly string[], down: Arcs): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (root: string) => {
    // Iterative depth-first walk: deep chains must not overflow the stack.
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [node, index] = top;
      const children = down.get(node) ?? [];
      if (index >= children.length) {
        state.set(node, 'done');
        stack.pop();
        continue;
      }
      top[1] += 1;
      const child = children[index]!;
      if (state.get(child) === 'open') continue; // back arc: drop it
      kept.set(node, [...(kept.get(node) ?? []), child]);
      if (!state.has(child)) {
        state.set(child, 'open');
        stack.push([child, 0]);
      }
    }
  };
  const hasSuperior = new Set([...down.values()].flat());
  for (const id of nodes) if (!hasSuperior.has(id) && !state.has(id)) visit(id);
  for (const id of nodes) if (!state.has(id)) visit(id);
  return kept;
}

/** Level of each node: one below its lowest superior; a top just above its highest subordinate. */
function levels(nodes: readonly string[], down: Arcs): Map<string, number> {
  const superiors = new Map<string, string[]>();
  for (const [from, tos] of down)
    for (const to of tos) superiors.set(to, [...(superiors.get(to) ?? []), from]);
  const level = new Map<string, number>();
  const remaining = new Map(nodes.map((id) => [id, superiors.get(id)?.length ?? 0]));
  const queue = nodes.filter((id) => remaining.get(id) === 0);
  for (const id of queue) level.set(id, 0);
  while (queue.length) {
    const id = queue.shift()!;
    for (const child of down.get(id) ?? []) {
      level.set(child, Math.max(level.get(child) ?? 0, level.get(id)! + 1));
      remaining.set(child, remaining.get(child)! - 1);
      if (remaining.get(child) === 0) queue.push(child);
    }
  }
  for (const id of nodes) {
    if (superiors.has(id)) continue;
    const below = (down.get(id) ?? []).map((c) => level.get(c)!);
    if (below.length) level.set(id, Math.max(0, Math.min(...below) - 1));
  }
  return level;
}

/** Weakly connected pieces, largest first (ties by first id). */
function components(nodes: readonly string[], down: Arcs): string[][] {
  const neighbours = new Map<string, string[]>();
  for (const [from, tos] of down) {
    for (const to of tos) {
      neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
      neighbours.set(to, [...(neighbours.get(to) ?? []), from]);
    }
  }
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const id of nodes) {
    if (seen.has(id)) continue;
    const part: string[] = [];
    const queue = [id];
    seen.add(id);
    while (queue.length) {
      const n = queue.shift()!;
      part.push(n);
      for (const m of neighbours.get(n) ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    result.push(part.sort());
  }
  return result.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** Positions of one hierarchy: levels ordered by barycentre, parents over children. */
function placeComponent(
  nodes: readonly string[],
  down: Arcs,
  level: ReadonlyMap<string, number>,
  spacing: LayeredSpacing,
): Map<string, Position> {
  const inPart = new Set(nodes);
  const superiors = new Map<string, string[]>();
  for (const [from, tos] of down) {
    if (!inPart.has(from)) continue;
    for (const to of tos) superiors.set(to, [...(superiors.get(to) ?? []), from]);
  }
  const depth = Math.max(...nodes.map((id) => level.get(id)!));
  const rows: string[][] = Array.from({ length: depth + 1 }, () => []);
  for (const id of nodes) rows[level.get(id)!]!.push(id);

  const index = new Map<string, number>();
  const reindex = () => rows.forEach((row) => row.forEach((id, i) => index.set(id, i)));
  reindex();
  const mean = (list: readonly string[] | undefined) =>
    list?.length ? list.reduce((sum, id) => sum + index.get(id)!, 0) / list.length : null;
  const sortBy = (row: string[], key: (id: string) => number | null) => {
    const keyed = row.map((id, i) => ({ id, k: key(id) ?? i }));
    keyed.sort((a, b) => a.k - b.k);
    row.splice(0, row.length, ...keyed.map((x) => x.id));
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let l = 1; l <= depth; l++) {
      sortBy(rows[l]!, (id) => mean(superiors.get(id)));
      reindex();
    }
    for (let l = depth - 1; l >= 0; l--) {
      sortBy(rows[l]!, (id) => mean(down.get(id)));
      reindex();
    }
  }

  const x = new Map<string, number>();
  const pack = (row: readonly string[], desired: (id: string) => number | null) => {
    const want = row.map((id, i) => desired(id) ?? i * spacing.nodeGap);
    const got: number[] = [];
    want.forEach((w, i) => got.push(i === 0 ? w : Math.max(w, got[i - 1]! + spacing.nodeGap)));
    const shift = want.reduce((s, w, i) => s + w - got[i]!, 0) / Math.max(1, row.length);
    row.forEach((id, i) => x.set(id, got[i]! + shift));
  };
  const meanX = (list: readonly string[] | undefined) => {
    const known = (list ?? []).filter((id) => x.has(id));
    return known.length ? known.reduce((s, id) => s + x.get(id)!, 0) / known.length : null;
  };
  // A long row of leaves (a body with many members) wraps onto several lines,
  // so that one wide level does not shrink the whole drawing.
  const lines = rows.map((row) =>
    row.length > spacing.wrapAt && row.every((id) => !down.get(id)?.length)
      ? chunk(row, spacing.wrapAt)
      : [row],
  );
  pack(rows[0]!, () => null);
  for (let l = 1; l <= depth; l++)
    for (const line of lines[l]!) pack(line, (id) => meanX(superiors.get(id)));
  for (let l = depth - 1; l >= 0; l--)
    for (const line of lines[l]!) pack(line, (id) => meanX(down.get(id)) ?? x.get(id)!);

  const positions = new Map<string, Position>();
  let y = 0;
  lines.forEach((rowLines) => {
    rowLines.forEach((line, k) => {
      for (const id of line)
        positions.set(id, { x: x.get(id)!, y: y + k * spacing.levelGap * 0.6 });
    });
    y += spacing.levelGap + (rowLines.length - 1) * spacing.levelGap * 0.6;
  });
  return positions;
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
