import cytoscape, { type Core } from 'cytoscape';
import type { ActorKind, RelationshipFields, RelationType } from '../../../client/src/api/api';
import { createGraph } from '../../../client/src/graph/createGraph';
import { withDefaults } from '../../../client/src/graph/defaults';
import { toElements, type GraphActor } from '../../../client/src/graph/elements';
import {
  layoutOptions as layoutFor,
  registerExtensions,
  runLayout,
} from '../../../client/src/graph/layouts';
import { cytoscapeStyle } from '../../../client/src/graph/style';
import { Rng, ZipfSampler } from '../prng';

/**
 * The bench's static page: a synthetic neighbourhood of `n` elements drawn
 * with the client's own graph code (createGraph, toElements, the stylesheet,
 * the first fcose layout without animation, as GraphView does), then timed.
 * `?n=200&renderer=canvas|webgl&seed=1[&mode=bare]` (bare: default style, grid layout: the floor). Results land on `window.__bench`;
 * `window.__pan(ms)` pans for that long and reports frames.
 */

declare global {
  interface Window {
    __bench?: BenchResult;
    __benchError?: string;
    __pan?: (ms: number, warmupMs?: number) => Promise<PanResult>;
  }
}

export interface BenchResult {
  nodes: number;
  edges: number;
  webgl: boolean;
  /** performance.now() (ms since navigation start) when the script began. */
  scriptStartMs: number;
  layoutMs: number;
  /** ms since navigation start at the first frame painted after the layout. */
  firstPaintMs: number;
}

export interface PanResult {
  renders: number;
  frames: number;
  seconds: number;
}

const KINDS: ActorKind[] = [
  'PERSON',
  'COMPANY',
  'VESSEL',
  'STATE_BODY',
  'MILITARY_UNIT',
  'ARMED_GROUP',
  'COUNTRY',
  'PROGRAM',
  'INTERNATIONAL_BODY',
];
const KIND_WEIGHTS = [34, 35, 15, 4, 5, 5, 0.5, 0.5, 1];
const TYPES: RelationType[] = [
  'OWNS',
  'HOLDS_OFFICE',
  'PART_OF',
  'FAMILY',
  'ASSOCIATED_WITH',
  'FUNDS',
  'OWES',
  'CONTROLS',
  'COMMANDS',
  'ADVISES',
  'INVESTS_IN',
  'SUPPLIES',
  'SUPPORTS',
  'STRIKES',
  'SANCTIONS',
];
const TYPE_WEIGHTS = [21, 10, 7, 5, 14, 14, 4, 4, 3.5, 2, 4, 6, 3, 1, 2.5];

/** `n` elements: 40% actors, 60% relationships, endpoints drawn with a heavy tail. */
export function syntheticNeighbourhood(n: number, seed: number) {
  const rng = new Rng(seed);
  const nodeCount = Math.max(2, Math.round(n * 0.4));
  const actors: GraphActor[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i.toString(36)} ${['Trading LLC', 'Brigade', 'Rahimi', 'Shipping'][i % 4]}`,
    kind: KINDS[rng.weighted(KIND_WEIGHTS)]!,
  }));
  const ends = new ZipfSampler(nodeCount, 0.8);
  const relationships: RelationshipFields[] = [];
  for (let i = 0; relationships.length < n - nodeCount; i++) {
    const s = actors[ends.sample(rng)]!;
    const t = actors[rng.int(nodeCount)]!;
    if (s === t) continue;
    const type = TYPES[rng.weighted(TYPE_WEIGHTS)]!;
    const money = type === 'FUNDS' || type === 'OWES' || type === 'INVESTS_IN';
    const value = Math.round(Math.pow(10, 4 + rng.next() * 6));
    relationships.push({
      id: `r${i}`,
      type,
      start: rng.chance(0.7) ? String(rng.range(1995, 2025)) : null,
      end: null,
      percent: null,
      program: null,
      label: null,
      origin: 'imported',
      source: { id: s.id, name: s.name, kind: s.kind },
      target: { id: t.id, name: t.name, kind: t.kind },
      amount:
        money && rng.chance(0.85)
          ? { value, currency: 'USD', approximate: false, usd: value }
          : null,
      evidence: [],
    } as unknown as RelationshipFields);
  }
  return { actors, relationships };
}

interface Renderer {
  webgl?: boolean;
  render(...args: unknown[]): unknown;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function main(): Promise<void> {
  const scriptStartMs = performance.now();
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 200);
  const webgl = params.get('renderer') === 'webgl';
  const seed = Number(params.get('seed') ?? 1);
  const container = document.getElementById('cy')!;
  const options = withDefaults();
  const data = syntheticNeighbourhood(n, seed);
  // fcose randomizes initial positions with Math.random: seed it, so every
  // repetition lays out (and so zooms and draws) the same graph.
  const layoutRng = new Rng(seed + 1);
  Math.random = () => layoutRng.next();
  let cy: Core;
  let t0: number;
  let draft = false;
  if (params.get('mode') === 'bare') {
    // The floor: cytoscape with its default style, the same nodes and edges, a grid layout.
    cy = cytoscape({ container });
    cy.add([
      ...data.actors.map((a) => ({ group: 'nodes' as const, data: { id: a.id } })),
      ...data.relationships.map((r) => ({
        group: 'edges' as const,
        data: { id: r.id, source: r.source.id, target: r.target.id },
      })),
    ]);
    t0 = performance.now();
    cy.layout({ name: 'grid' }).run();
  } else {
    // Variants re-measure the render prototypes' switches (bench/README.md, "Prototypes of the
    // fixes"): texture (textureOnViewport), minFont (labels skipped below 9 px on screen), draft
    // (fcose quality 'draft'). `npm run bench` draws none of them.
    const variants = new Set((params.get('variant') ?? '').split(',').filter(Boolean));
    if (webgl || variants.size > 0) {
      // createGraph's options, plus the switches createGraph has no option for.
      registerExtensions();
      const style = cytoscapeStyle(options) as unknown[];
      if (variants.has('minFont'))
        style.push({ selector: 'node, edge', style: { 'min-zoomed-font-size': 9 } });
      cy = cytoscape({
        container,
        styleEnabled: true,
        style,
        minZoom: options.minZoom,
        maxZoom: options.maxZoom,
        boxSelectionEnabled: false,
        selectionType: 'single',
        textureOnViewport: variants.has('texture'),
        ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      } as cytoscape.CytoscapeOptions);
    } else {
      cy = createGraph(container, options);
    }
    if (variants.has('draft')) draft = true;
    const { nodes, edges } = toElements(data, options);
    cy.add([...nodes, ...edges]);
    t0 = performance.now();
    if (draft) {
      const layoutOptions = {
        ...layoutFor(cy, options.layout, { ...options, animate: false }),
        quality: 'draft',
      };
      await new Promise<void>((resolve) => {
        const layout = cy.layout(layoutOptions as cytoscape.LayoutOptions);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
    } else await runLayout(cy, options.layout, { ...options, animate: false });
  }
  const layoutMs = performance.now() - t0;
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  // Count frames at the renderer (the WebGL path emits no 'render' event).
  let renders = 0;
  let waiting: (() => void) | undefined;
  const draw = renderer.render;
  renderer.render = function (this: Renderer, ...rest: unknown[]) {
    const out = draw.apply(this, rest);
    renders++;
    waiting?.();
    return out;
  };
  // The layout's final positions are drawn on the renderer's next frame.
  await new Promise<void>((resolve) => {
    waiting = resolve;
    setTimeout(resolve, 2000);
  });
  waiting = undefined;
  await nextFrame();
  const firstPaintMs = performance.now();
  window.__pan = async (ms: number, warmupMs = 0) => {
    let frames = 0;
    const step = async () => {
      const a = (frames / 30) * Math.PI;
      cy.panBy({ x: 6 * Math.cos(a), y: 6 * Math.sin(a) });
      frames++;
      await nextFrame();
    };
    // The first frames of a pan fill cytoscape's texture caches: not counted.
    const warm = performance.now();
    while (performance.now() - warm < warmupMs) await step();
    const before = renders;
    frames = 0;
    const start = performance.now();
    while (performance.now() - start < ms) await step();
    return { renders: renders - before, frames, seconds: (performance.now() - start) / 1000 };
  };
  window.__bench = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    webgl: !!renderer.webgl,
    scriptStartMs,
    layoutMs,
    firstPaintMs,
  };
}

main().catch((error: unknown) => {
  window.__benchError = error instanceof Error ? (error.stack ?? error.message) : String(error);
});
