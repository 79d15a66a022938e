import type { NodeCollection, NodeSingular } from 'cytoscape';
import { defaults, type GraphOptions } from './defaults';

/** Room a node takes on screen: its shape, and its label beneath it. */
export interface Footprint {
  /** Half width and half height, around the node's position shifted by `dy`. */
  hw: number;
  hh: number;
  /** The box's centre sits this far below the node's centre (the label hangs below). */
  dy: number;
}

/** Pixels per character of an 11 px label, and per line. */
const CHAR_WIDTH = 6;
const LINE_HEIGHT = 14;

/** The box a node and its label cover, estimated from the label's text. */
export function footprint(node: NodeSingular, options: GraphOptions = defaults): Footprint {
  const size = Number(node.data('size') ?? options.nodeSize);
  const label = String(node.data('label') ?? '');
  let lines = 0;
  let widest = 0;
  for (const line of label.split('\n')) {
    const width = line.length * CHAR_WIDTH;
    lines += Math.max(1, Math.ceil(width / options.labelMaxWidth));
    widest = Math.max(widest, Math.min(width, options.labelMaxWidth));
  }
  const labelHeight = label ? lines * LINE_HEIGHT + 4 : 0;
  const width = Math.max(size, widest);
  const height = size + labelHeight;
  return { hw: width / 2, hh: height / 2, dy: labelHeight / 2 };
}

/**
 * Nudges `nodes` apart until no two footprints (shape plus label) overlap,
 * or `rounds` passes are done: each overlapping pair moves apart, half each,
 * along the axis where they overlap least. A force layout leaves a few such
 * collisions around hubs and big nodes; this removes them with small moves.
 */
export function removeOverlaps(
  nodes: NodeCollection,
  options: GraphOptions = defaults,
  margin = 6,
  rounds = 50,
): void {
  const list = nodes.map((node) => ({
    node: node as NodeSingular,
    box: footprint(node as NodeSingular, options),
    p: { ...(node as NodeSingular).position() },
  }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const dx = b.p.x - a.p.x;
        const dy = b.p.y + b.box.dy - (a.p.y + a.box.dy);
        const ox = a.box.hw + b.box.hw + margin - Math.abs(dx);
        const oy = a.box.hh + b.box.hh + margin - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Same spot: split them sideways, in a fixed direction.
        const sx = dx === 0 ? (i % 2 ? 1 : -1) : Math.sign(dx);
        const sy = dy === 0 ? 1 : Math.sign(dy);
        if (ox < oy) {
          a.p.x -= (sx * ox) / 2;
          b.p.x += (sx * ox) / 2;
        } else {
          a.p.y -= (sy * oy) / 2;
          b.p.y += (sy * oy) / 2;
        }
      }
    }
    if (!moved) break;
  }
  for (const { node, p } of list) node.position(p);
}

/** True when some two footprints overlap (for tests and diagnostics). */
export function anyOverlap(nodes: NodeCollection, options: GraphOptions = defaults): boolean {
  const list = nodes.map((n) => ({
    p: (n as NodeSingular).position(),
    box: footprint(n as NodeSingular, options),
  }));
  return list.some((a, i) =>
    list.some(
      (b, j) =>
        j > i &&
        Math.abs(b.p.x - a.p.x) < a.box.hw + b.box.hw &&
        Math.abs(b.p.y + b.box.dy - (a.p.y + a.box.dy)) < a.box.hh + b.box.hh,
    ),
  );
}
