import type { Core, NodeSingular } from 'cytoscape';
import { defaults, type GraphOptions } from './defaults';
import { GROUP } from './groups';

/**
 * What a view adds to its nodes besides their names: a second label line
 * (the sanctions view's authorities, the money view's dollars) and a size.
 * Views own their decoration (views/<view>/); the graph only applies it.
 */
export interface NodeDecoration {
  /** The line under the name; '' for none. */
  line?: (node: NodeSingular) => string;
  /** The node's diameter; absent: the style's default. */
  size?: (node: NodeSingular, options: GraphOptions) => number;
}

/**
 * Sets each node's label (its name, plus the decoration's line) and size
 * (the decoration's, else none: the style's default). With no decoration,
 * labels go back to the names. Labels stay canvas text.
 */
export function applyDecoration(
  cy: Core,
  decoration: NodeDecoration | null,
  options: GraphOptions = defaults,
): void {
  cy.batch(() => {
    // Group nodes carry their own label and size (groups.ts).
    cy.nodes()
      .not(`.${GROUP}`)
      .forEach((node) => {
        const name = node.data('name') as string;
        const extra = decoration?.line?.(node) ?? '';
        const label = extra ? `${name}\n${extra}` : name;
        if (node.data('label') !== label) node.data('label', label);
        if (decoration?.size) node.data('size', decoration.size(node, options));
        else if (node.data('size') !== undefined) node.removeData('size');
      });
  });
}
