import type { Collection, Core, NodeCollection } from 'cytoscape';
import type { RelationType } from '../api/api';
import { defaults, type GraphOptions } from './defaults';
import { bestConnected } from './placement';

/**
 * "source TYPE target" where the source is the superior. As in the API's
 * `controlChain`, whoever holds office in a body heads it.
 */
const DOWNWARD: ReadonlySet<RelationType> = new Set([
  'COMMANDS',
  'CONTROLS',
  'OWNS',
  'HOLDS_OFFICE',
]);
/** "source TYPE target" where the target is the superior. */
const UPWARD: ReadonlySet<RelationType> = new Set(['PART_OF']);

/** True for the relationships that make a hierarchy: command, control, ownership, membership, office. */
export function isHierarchyType(type: RelationType): boolean {
  return DOWNWARD.has(type) || UPWARD.has(type);
}

/**
 * Tops of the command, control, ownership and membership hierarchies among
 * `eles`: nodes that are superior in some such relationship and subordinate
 * in none. A connected component with no such node contributes its
 * best-connected node.
 */
export function hierarchyRoots(eles: Collection): NodeCollection {
  const superiors = new Set<string>();
  const subordinates = new Set<string>();
  eles.edges().forEach((edge) => {
    const type = edge.data('type') as RelationType;
    const [up, down] = DOWNWARD.has(type)
      ? [edge.source().id(), edge.target().id()]
      : UPWARD.has(type)
        ? [edge.target().id(), edge.source().id()]
        : [null, null];
    if (up && down) {
      superiors.add(up);
      subordinates.add(down);
    }
  });
  let roots = eles.nodes().filter((n) => superiors.has(n.id()) && !subordinates.has(n.id()));
  for (const component of eles.components()) {
    const nodes = component.nodes();
    if (nodes.intersection(roots).nonempty()) continue;
    roots = roots.union(bestConnected(nodes));
  }
  return roots;
}

/**
 * Lays the hierarchy out top-down (breadthfirst over hierarchy relationships
 * only, from their tops), then the actors outside any hierarchy in a grid
 * below it, and fits the view. Synchronous and not animated.
 */
export function runHierarchy(cy: Core, options: GraphOptions = defaults): void {
  const edges = cy.edges().filter((e) => isHierarchyType(e.data('type') as RelationType));
  const tree = edges.union(edges.connectedNodes());
  const rest = cy.nodes().difference(tree);
  cy.batch(() => {
    if (tree.nonempty()) {
      tree
        .layout({
          name: 'breadthfirst',
          directed: false,
          roots: hierarchyRoots(tree).map((n) => n.id()),
          spacingFactor: 1.1,
          avoidOverlap: true,
          nodeDimensionsIncludeLabels: true,
          animate: false,
          fit: false,
        })
        .run();
    }
    if (rest.nonempty()) {
      const box = tree.nonempty() ? tree.boundingBox({}) : { x1: 0, x2: 800, y2: 0 };
      const width = Math.max(box.x2 - box.x1, 400);
      const rows = Math.ceil(rest.length / Math.max(1, Math.floor(width / 120)));
      rest
        .layout({
          name: 'grid',
          boundingBox: { x1: box.x1, y1: box.y2 + 120, w: width, h: rows * 110 },
          avoidOverlap: true,
          animate: false,
          fit: false,
        })
        .run();
    }
  });
  cy.fit(undefined, options.fitPadding);
}
