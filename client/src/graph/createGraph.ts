import cytoscape, { type Core } from 'cytoscape';
import { defaults, type GraphOptions } from './defaults';
import { registerExtensions } from './layouts';
import { cytoscapeStyle } from './style';

/**
 * A cytoscape core with our style. Without a container (or with `headless`)
 * it renders nothing but keeps the whole model, events and layouts: that is
 * how tests and canvas-less browsers use it.
 */
export function createGraph(
  container: HTMLElement | null,
  options: GraphOptions = defaults,
  headless = container == null,
): Core {
  registerExtensions();
  return cytoscape({
    container: headless ? undefined : container,
    headless,
    styleEnabled: true,
    style: cytoscapeStyle(options),
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
}
