/**
 * Options of the graph view, merged over these defaults. Every number is in
 * screen pixels unless it says otherwise.
 */
export interface GraphOptions {
  /** Layout used when the graph first opens and on "Re-layout". Default 'fcose'. */
  layout: LayoutName;
  /** Animate layouts and camera moves. Default true; headless views never animate. */
  animate: boolean;
  /** Length of layout and camera animations in ms. Default 400. */
  animationDuration: number;
  /** Space kept around the graph when fitting it to the viewport. Default 40. */
  fitPadding: number;
  /** Distance from its parent at which expanded neighbours are placed. Default 160. */
  expandRadius: number;
  /** Diameter of a node. Default 28. */
  nodeSize: number;
  /** Labels wrap at this width. Default 120. */
  labelMaxWidth: number;
  /** Width of a money flow with no amount, and the floor for small amounts. Default 2. */
  minMoneyWidth: number;
  /** Width of the largest money flows. Default 12. */
  maxMoneyWidth: number;
  /** A money flow of this many US dollars gets `minMoneyWidth`. Default 1e6. */
  moneyWidthFloorUsd: number;
  /** Extra width per tenfold of amount above the floor. Default 1.6. */
  moneyWidthPerDecade: number;
  /** Largest actor in the money view. Default 84. */
  maxMoneyNodeSize: number;
  /** Extra diameter per tenfold of dollars above `moneyWidthFloorUsd`, money view. Default 11. */
  moneyNodeSizePerDecade: number;
  /** Closest zoom when the view moves to show a path or a selection. Default 1.5. */
  focusMaxZoom: number;
  /**
   * Labels stay readable down to this zoom: a highlight out of view brings
   * everything into view when that keeps this zoom, else the highlight alone.
   * Default 0.75.
   */
  readableZoom: number;
  /** Zoom limits: the view never zooms out or in past these. Defaults 0.1 and 3. */
  minZoom: number;
  maxZoom: number;
  /**
   * fcose runs at its best quality up to this many nodes. Above it the
   * force-directed refinement grows too slow for a first paint (5,000
   * elements: about 30 s, see bench/README.md), so it runs fewer iterations,
   * and above `draftLayoutMinNodes` only its spectral draft. Defaults 300 and 1000.
   */
  proofLayoutMaxNodes: number;
  draftLayoutMinNodes: number;
}

export type LayoutName = 'fcose' | 'hierarchy';

export const defaults: GraphOptions = {
  layout: 'fcose',
  animate: true,
  animationDuration: 400,
  fitPadding: 40,
  expandRadius: 160,
  nodeSize: 28,
  labelMaxWidth: 120,
  minMoneyWidth: 2,
  maxMoneyWidth: 12,
  moneyWidthFloorUsd: 1e6,
  moneyWidthPerDecade: 1.6,
  maxMoneyNodeSize: 84,
  moneyNodeSizePerDecade: 11,
  focusMaxZoom: 1.5,
  readableZoom: 0.75,
  minZoom: 0.1,
  maxZoom: 3,
  proofLayoutMaxNodes: 300,
  draftLayoutMinNodes: 1000,
};

/** The defaults with `options` laid over them. */
export function withDefaults(options: Partial<GraphOptions> = {}): GraphOptions {
  return { ...defaults, ...options };
}
