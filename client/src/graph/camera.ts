import type { Collection, Core, NodeSingular } from 'cytoscape';
import { defaults, type GraphOptions } from './defaults';
import { isHeadless } from './headless';

/**
 * The zoom at which `eles` fill the viewport less `padding`, capped at
 * `maxZoom` so that a path of three nodes does not fill the screen.
 */
export function fitZoom(cy: Core, eles: Collection, padding: number, maxZoom: number): number {
  const box = eles.boundingBox({});
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(width / Math.max(1, box.w), height / Math.max(1, box.h));
  return Math.max(cy.minZoom(), Math.min(maxZoom, zoom));
}

/** Moves the camera to show `eles`, centred, no closer than `focusMaxZoom`. */
export function focusOn(cy: Core, eles: Collection, options: GraphOptions = defaults): void {
  if (eles.empty()) return;
  const zoom = fitZoom(cy, eles, options.fitPadding * 2, options.focusMaxZoom);
  const box = eles.boundingBox({});
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom };
  if (options.animate) cy.animate({ zoom, pan }, { duration: options.animationDuration });
  else cy.viewport({ zoom, pan });
}

/**
 * Puts `node` in the middle of the view, zoomed so that `eles` fit around it
 * (less `fitPadding`), no closer than `focusMaxZoom`.
 */
export function centreOn(
  cy: Core,
  node: Collection,
  eles: Collection,
  options: GraphOptions = defaults,
): Viewport | null {
  if (node.empty()) return null;
  // The node's own centre, not its bounding box (which includes the label below it).
  const { x: cx, y: cy0 } = (node[0] as NodeSingular).position();
  const box = eles.union(node).boundingBox({});
  const halfW = Math.max(1, cx - box.x1, box.x2 - cx);
  const halfH = Math.max(1, cy0 - box.y1, box.y2 - cy0);
  const padding = options.fitPadding;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(
      options.focusMaxZoom,
      (cy.width() / 2 - padding) / halfW,
      (cy.height() / 2 - padding) / halfH,
    ),
  );
  const pan = { x: cy.width() / 2 - cx * zoom, y: cy.height() / 2 - cy0 * zoom };
  if (options.animate && !isHeadless(cy))
    cy.animate({ zoom, pan }, { duration: options.animationDuration });
  else cy.viewport({ zoom, pan });
  return { zoom, pan };
}

/** A camera: zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** True when `box` (model coordinates) lies inside what `viewport` (default: the current one) shows. */
export function inView(
  cy: Core,
  box: { x1: number; y1: number; x2: number; y2: number },
  viewport: Viewport = { zoom: cy.zoom(), pan: cy.pan() },
): boolean {
  const { zoom, pan } = viewport;
  const view = {
    x1: -pan.x / zoom,
    y1: -pan.y / zoom,
    x2: (cy.width() - pan.x) / zoom,
    y2: (cy.height() - pan.y) / zoom,
  };
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}
