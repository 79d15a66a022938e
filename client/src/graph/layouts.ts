import cytoscape, { type Core, type LayoutOptions, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { RelationType } from '../api/api';
import { isHeadless } from './headless';
import { bestConnected } from './placement';
import { defaults, type GraphOptions, type LayoutName } from './defaults';

let registered = false;

/** Registers fcose with cytoscape once, however often it is called. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** "source TYPE target" where the source is the superior. */
const DOWNWARD: ReadonlySet<RelationType> = new Set(['COMMANDS', 'CONTROLS', 'OWNS']);
/** "source TYPE target" where the target is the superior. */
const UPWARD: ReadonlySet<RelationType> = new Set(['PART_OF', 'HOLDS_OFFICE']);

/**
 * Tops of the command, control, ownership and membership hierarchies: nodes
 * that are superior in some such relationship and subordinate in none. A
 * connected component with no such node contributes its best-connected node.
 */
export function hierarchyRoots(cy: Core): NodeCollection {
  const superiors = new Set<string>();
  const subordinates = new Set<string>();
  cy.edges().forEach((edge) => {
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
  let roots = cy.nodes().filter((n) => superiors.has(n.id()) && !subordinates.has(n.id()));
  for (const component of cy.elements().components()) {
    const nodes = component.nodes();
    if (nodes.intersection(roots).nonempty()) continue;
    const best = bestConnected(nodes);
    roots = roots.union(best);
  }
  return roots;
}

/** Options for cytoscape's `layout()`, from the graph options. */
export function layoutOptions(
  cy: Core,
  name: LayoutName,
  options: GraphOptions = defaults,
): LayoutOptions {
  const animate = options.animate && !isHeadless(cy);
  const common = {
    animate,
    animationDuration: options.animationDuration,
    fit: true,
    padding: options.fitPadding,
  };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        // Room for labels between hubs' spokes; gravity keeps the small
        // disconnected pieces close so that the first fit stays readable.
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 100,
        gravity: 0.5,
        nodeSeparation: 100,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        roots: hierarchyRoots(cy).map((n) => n.id()),
        spacingFactor: 1.1,
        avoidOverlap: true,
      };
    default:
      throw new UnreachableCaseError(name);
  }
}

/** Runs a layout over the whole graph; resolves when it stops. */
export function runLayout(
  cy: Core,
  name: LayoutName,
  options: GraphOptions = defaults,
): Promise<void> {
  if (cy.nodes().empty()) return Promise.resolve();
  const layout = cy.layout(layoutOptions(cy, name, options));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}
