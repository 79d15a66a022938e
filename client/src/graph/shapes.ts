import type { NodeShape } from './palette';

/**
 * SVG outlines of the node shapes in a 16×16 box, centred on (8, 8): the
 * legend's icons and the SVG export draw the same shapes as the canvas.
 */
export const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z',
  diamond: 'M8 1l7 7-7 7-7-7Z',
  triangle: 'M8 1l7 13H1Z',
  rectangle: 'M1.5 2.5h13v11h-13Z',
  barrel: 'M3 2h10q2 6 0 12H3q-2-6 0-12Z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5Z',
  star: 'M8 1l2 5h5l-4 3 1.6 5L8 11l-4.6 3L5 9 1 6h5Z',
  hexagon: 'M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8Z',
  pentagon: 'M8 1l7 5.1-2.7 8.4H3.7L1 6.1Z',
  tag: 'M1.5 3h9.5l3.5 5-3.5 5H1.5Z',
};
