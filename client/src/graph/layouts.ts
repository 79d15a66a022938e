import cytoscape, {
  type Collection,
  type Core,
  type EdgeSingular,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isHeadless } from './headless';
import { layeredPositions, layeredSpacing } from './hierarchy';
import { defaults, type GraphOptions, type LayoutName } from './defaults';
import { removeOverlaps } from './overlap';
import { withSeededRandom } from './seededRandom';
import { drawnElements } from './visibility';

let registered = false;

/** Registers fcose with cytoscape once, however often it is called. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** Options for cytoscape's `layout()` over `eles` (default: everything drawn). */
export function layoutOptions(
  cy: Core,
  name: LayoutName,
  options: GraphOptions = defaults,
  eles: Collection = drawnElements(cy),
): LayoutOptions {
  const animate = options.animate && !isHeadless(cy);
  const common = {
    animate,
    animationDuration: options.animationDuration,
    fit: true,
    padding: options.fitPadding,
  };
  switch (name) {
    case 'fcose': {
      const nodes = eles.nodes().length;
      const quality =
        nodes <= options.proofLayoutMaxNodes
          ? 'proof'
          : nodes < options.draftLayoutMinNodes
            ? 'default'
            : 'draft';
      return {
        name: 'fcose',
        ...common,
        quality,
        randomize: true,
        // Tuned on the curated graph in a 1440×900 window: strong repulsion
        // leaves room for labels between a hub's spokes, short ideal edges
        // and strong gravity keep the disconnected pieces close, so the fit
        // fills the canvas instead of a thin band.
        // Bigger nodes (the money view) push harder and get longer edges, so
        // that they keep clear of each other's labels.
        nodeRepulsion: (node: NodeSingular) =>
          60000 * Math.pow(Math.max(node.width(), options.nodeSize) / options.nodeSize, 2),
        idealEdgeLength: (edge: EdgeSingular) =>
          75 +
          Math.max(
            0,
            (edge.source().width() + edge.target().width()) * 0.75 - 1.5 * options.nodeSize,
          ),
        gravity: 1.5,
        gravityRange: 1.5,
        nodeSeparation: 120,
        numIter: quality === 'proof' ? 4000 : 1000,
        tile: true,
        nodeDimensionsIncludeLabels: false,
      } as LayoutOptions;
    }
    case 'hierarchy': {
      const positions = layeredPositions(eles, layeredSpacing(options));
      return {
        name: 'preset',
        ...common,
        positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    }
    default:
      throw new UnreachableCaseError(name);
  }
}

/**
 * Runs a layout over `eles` (default: everything drawn); resolves when it
 * stops. The positions are computed first (for the force layout, then freed
 * of overlapping labels), then the nodes move there, animated unless
 * `animate` is off or the core is headless. With a `seed` (default ''), the
 * same elements give the same positions: fcose's random start is drawn from
 * the seed, over the elements in id order (not in the order their answers
 * happened to arrive), and the answer is centred on the origin (fcose keeps
 * it where the nodes stood). A null seed asks for another picture (Re-layout):
 * Math.random, from where the nodes stand.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  options: GraphOptions = defaults,
  eles: Collection = drawnElements(cy),
  seed: string | null = '',
): Promise<void> {
  if (eles.nodes().empty()) return Promise.resolve();
  // In id order throughout: fcose's start and the overlap pass both depend on it.
  const ordered = eles.sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
  const nodes = ordered.nodes();
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  const compute = () =>
    ordered
      .layout({
        ...layoutOptions(cy, name, options, ordered),
        animate: false,
        fit: false,
      } as LayoutOptions)
      .run();
  if (seed == null) compute();
  else withSeededRandom(seed, compute);
  if (name === 'fcose') {
    removeOverlaps(nodes, options);
    if (seed != null) centreOnOrigin(nodes);
  }
  const target = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  const animate = options.animate && !isHeadless(cy);
  if (animate) nodes.positions((n) => before.get(n.id())!);
  const layout = eles.layout({
    name: 'preset',
    positions: (n: { id(): string }) => target.get(n.id())!,
    animate,
    animationDuration: options.animationDuration,
    fit: true,
    padding: options.fitPadding,
  } as LayoutOptions);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

/**
 * Moves `nodes` so that their bounding box is centred on (0, 0). fcose keeps
 * its answer where the nodes were before, and where they arrived depends on
 * which answers came first: centred, the same URL gives the same positions.
 */
function centreOnOrigin(nodes: NodeCollection): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const p = n.position();
    [x1, y1, x2, y2] = [Math.min(x1, p.x), Math.min(y1, p.y), Math.max(x2, p.x), Math.max(y2, p.y)];
  });
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  nodes.positions((n) => ({ x: n.position('x') - cx, y: n.position('y') - cy }));
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}
