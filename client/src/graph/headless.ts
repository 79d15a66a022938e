import type { Core } from 'cytoscape';

/** True for a core that draws nothing (cytoscape's typings lack `headless()`). */
export function isHeadless(cy: Core): boolean {
  return (cy as unknown as { headless(): boolean }).headless();
}

/** True where a 2D canvas can be drawn (not in jsdom, not in very old browsers). */
export function canvasAvailable(): boolean {
  try {
    return typeof document !== 'undefined' && !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}
