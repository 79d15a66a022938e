import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isHeadless } from './headless';
import { hierarchyRoots, runHierarchy } from './hierarchy';
import { defaults, type GraphOptions, type LayoutName } from './defaults';

let registered = false;

/** Registers fcose with cytoscape once, however often it is called. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
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
        roots: hierarchyRoots(cy.elements()).map((n) => n.id()),
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
  if (name === 'breadthfirst') {
    runHierarchy(cy, options);
    return Promise.resolve();
  }
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
