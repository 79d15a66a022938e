import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { defaults, type GraphOptions } from './defaults';
import { HIDDEN } from './style';

/** How many nodes fit on the first ring around a parent; later rings hold more. */
const RING_CAPACITY = 10;

/** Directions tried around a parent for a few new nodes. */
const DIRECTIONS = 24;

/**
 * Positions `added` nodes next to nodes already placed, leaving every other
 * node where it is: each new node goes around a placed neighbour (the anchor
 * first, when it is one), where it is furthest from the nodes already there
 * (facing away from the parent's other neighbours on a tie); many at once go
 * on rings, turned to keep clear of the others. Nodes with no placed
 * neighbour at all go around the centre of the graph. Hidden nodes count as
 * not placed.
 */
export function placeNewNodes(
  cy: Core,
  added: NodeCollection,
  anchorId: string | null = null,
  options: GraphOptions = defaults,
): void {
  const pending = new Set(added.map((n) => n.id()));
  // Hidden nodes keep stale positions: only drawn ones anchor new ones.
  const isPlaced = (n: NodeSingular) => !pending.has(n.id()) && !n.hasClass(HIDDEN);
  const anchor = anchorId ? cy.getElementById(anchorId) : null;

  if (anchor?.nonempty() && pending.has(anchor.id())) {
    const neighbours = anchor.neighborhood('node').filter(isPlaced);
    const parent = neighbours.nonempty() ? bestConnected(neighbours) : null;
    pending.delete(anchor.id());
    placeRing(parent, [anchor as NodeSingular], cy, options, isPlaced);
  }

  for (;;) {
    const groups = new Map<string, NodeSingular[]>();
    for (const id of pending) {
      const node = cy.getElementById(id) as NodeSingular;
      const placed = node.neighborhood('node').filter(isPlaced);
      if (placed.empty()) continue;
      const parent: NodeSingular =
        anchor && placed.contains(anchor) ? (anchor as NodeSingular) : bestConnected(placed);
      const group = groups.get(parent.id()) ?? [];
      group.push(node);
      groups.set(parent.id(), group);
    }
    if (groups.size === 0) break;
    for (const [parentId, children] of groups) {
      for (const child of children) pending.delete(child.id());
      placeRing(cy.getElementById(parentId) as NodeSingular, children, cy, options, isPlaced);
    }
  }

  if (pending.size) {
    const rest = [...pending].map((id) => cy.getElementById(id) as NodeSingular);
    pending.clear();
    placeRing(null, rest, cy, options, isPlaced);
  }
}

function placeRing(
  parent: NodeSingular | null,
  children: NodeSingular[],
  cy: Core,
  options: GraphOptions,
  isPlaced: (n: NodeSingular) => boolean,
): void {
  const centre = parent ? parent.position() : graphCentre(cy, children);
  const away = parent ? awayAngle(parent, children) : 0;
  const moving = new Set(children.map((c) => c.id()));
  const obstacles: Position[] = cy
    .nodes()
    .filter((n) => isPlaced(n) && n !== parent && !moving.has(n.id()))
    .map((n) => ({ ...(n as NodeSingular).position() }));
  const clearance = (p: Position) =>
    obstacles.reduce((min, o) => Math.min(min, Math.hypot(o.x - p.x, o.y - p.y)), Infinity);
  const at = (radius: number, angle: number) => ({
    x: centre.x + radius * Math.cos(angle),
    y: centre.y + radius * Math.sin(angle),
  });

  if (children.length <= 3) {
    // One by one, each where it is furthest from everything already drawn.
    for (const child of children) {
      let best = at(options.expandRadius, away);
      let bestClearance = clearance(best);
      for (let k = 1; k < DIRECTIONS; k++) {
        // 1, -1, 2, -2...: nearer the "away" direction first, so ties go there.
        const step = Math.ceil(k / 2) * (k % 2 ? 1 : -1);
        const candidate = at(options.expandRadius, away + (2 * Math.PI * step) / DIRECTIONS);
        const c = clearance(candidate);
        if (c > bestClearance + 1e-6) {
          best = candidate;
          bestClearance = c;
        }
      }
      child.position(best);
      obstacles.push(best);
    }
    return;
  }

  // Many at once: rings, turned to where they keep clearest of the rest.
  const layout = (turn: number) => {
    const spots: Position[] = [];
    let ring = 0;
    let index = 0;
    let capacity = RING_CAPACITY;
    for (let i = 0; i < children.length; i++) {
      if (index === capacity) {
        ring += 1;
        index = 0;
        capacity = RING_CAPACITY * (ring + 1);
      }
      const inRing = Math.min(capacity, children.length - ringStart(ring));
      const radius = options.expandRadius * (1 + ring * 0.6);
      spots.push(at(radius, away + turn + (2 * Math.PI * index) / inRing + ring * 0.3));
      index += 1;
    }
    return spots;
  };
  let best = layout(0);
  let bestScore = Math.min(...best.map(clearance));
  for (let t = 1; t < 12; t++) {
    const spots = layout((Math.PI / 12) * t * (t % 2 ? 1 : -1));
    const score = Math.min(...spots.map(clearance));
    if (score > bestScore + 1e-6) {
      best = spots;
      bestScore = score;
    }
  }
  children.forEach((child, i) => child.position(best[i]!));
}

function ringStart(ring: number): number {
  let start = 0;
  for (let r = 0; r < ring; r++) start += RING_CAPACITY * (r + 1);
  return start;
}

/** The direction from the parent's other neighbours towards the parent. */
function awayAngle(parent: NodeSingular, children: NodeSingular[]): number {
  const skip = new Set(children.map((c) => c.id()));
  const others = parent
    .neighborhood('node')
    .filter((n) => !skip.has(n.id()) && !n.hasClass(HIDDEN));
  if (others.empty()) return -Math.PI / 2;
  const p = parent.position();
  let dx = 0;
  let dy = 0;
  others.forEach((n) => {
    dx += p.x - n.position('x');
    dy += p.y - n.position('y');
  });
  return dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
}

function graphCentre(cy: Core, exclude: NodeSingular[]): Position {
  const skip = new Set(exclude.map((n) => n.id()));
  const placed = cy.nodes().filter((n) => !skip.has(n.id()) && !n.hasClass(HIDDEN));
  if (placed.empty()) return { x: 0, y: 0 };
  const box = placed.boundingBox({});
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** The node with the most relationships (the first of them on a tie). */
export function bestConnected(nodes: NodeCollection): NodeSingular {
  let best = nodes[0] as NodeSingular;
  nodes.forEach((node) => {
    if (node.degree(false) > best.degree(false)) best = node;
  });
  return best;
}
