import type { StylesheetStyle } from 'cytoscape';
import { ACTOR_KINDS, RELATION_TYPES, RelationType } from '@explorer/domain';
import { defaults, type GraphOptions } from './defaults';
import { GROUP } from './groups';
import { KIND_STYLES, OKABE_ITO, TYPE_STYLES } from './palette';

/** A stylesheet block; cytoscape's typings lag behind some properties (underlay-*). */
export interface StyleBlock {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/** Class put on nodes and edges of a highlighted path. */
export const HIGHLIGHTED = 'highlighted';
/** Class put on everything else while a path is highlighted. */
export const FADED = 'faded';
/** Class put on command, control and membership edges while the hierarchy layout is on. */
export const TREE = 'tree';

/**
 * Class put on edges the sources do not date for the year or range shown
 * (drawn only with "include undated"): faint and finely dashed, whatever
 * their type's own line, so they never pass for dated facts.
 */
export const UNDATED = 'undated';

/** Class put on nodes and edges left out of the view (scope, legend filters, year). */
export const HIDDEN = 'hidden';

/**
 * The cytoscape stylesheet: colour and shape by actor kind, line style,
 * colour and arrow by relationship type, money flows as wide as
 * `data(width)` with their amount as label.
 */
export function buildStyle(options: GraphOptions = defaults): StyleBlock[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: options.nodeSize,
        height: options.nodeSize,
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': `${options.labelMaxWidth}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
    })),
    {
      // A collective actor stands for many: a double border says so.
      selector: 'node[?collective]',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#444444' },
    },
    {
      // Designated: an outer ring in the first authority's colour, set off by
      // a gap, and the border in the second's (see authorities.ts).
      selector: 'node[ring1]',
      style: {
        'outline-color': 'data(ring1)',
        'outline-width': 4,
        'outline-offset': 2,
        'outline-opacity': 1,
      },
    },
    {
      selector: 'node[ring2]',
      style: { 'border-color': 'data(ring2)', 'border-width': 4, 'border-style': 'solid' },
    },
    {
      // The money view sizes actors by the dollars through them (moneySize.ts).
      selector: 'node[size]',
      style: { width: 'data(size)', height: 'data(size)' },
    },
    {
      // A group stands for many actors: a dashed double ring, its count and
      // words in bold below, so it never reads as one actor.
      selector: `node.${GROUP}`,
      style: {
        'border-style': 'dashed',
        'border-width': 3,
        'border-color': OKABE_ITO.black,
        'background-opacity': 0.55,
        'font-weight': 'bold',
        'text-max-width': `${options.labelMaxWidth * 1.5}px`,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    ...RELATION_TYPES.map((type) => {
      const t = TYPE_STYLES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: {
          'line-color': t.color,
          'line-style': t.line,
          'target-arrow-color': t.color,
          'target-arrow-shape': t.arrow,
        },
      };
    }),
    {
      selector: 'edge[label]',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': OKABE_ITO.black,
        'underlay-color': OKABE_ITO.blue,
        'underlay-opacity': 0.25,
        'underlay-padding': 6,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        'underlay-color': OKABE_ITO.blue,
        'underlay-opacity': 0.3,
        'underlay-padding': 5,
      },
    },
    {
      // Org-chart edges in the top-down layout: down from the superior, along
      // a bus just beneath it, down to each subordinate, so that edges to a
      // second line of members pass between the first line's nodes.
      selector: `edge.${TREE}`,
      style: {
        'curve-style': 'taxi',
        'taxi-direction': 'vertical',
        'taxi-turn': '30px',
        'taxi-turn-min-distance': '8px',
      },
    },
    {
      // PART_OF points from the member up to the body: turn near the body.
      selector: `edge.${TREE}[type = "${RelationType.PART_OF}"]`,
      style: { 'taxi-turn': '-30px' },
    },
    {
      selector: `edge.${UNDATED}`,
      style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 5], opacity: 0.5 },
    },
    // After the type styles: a group's link is dashed whatever its type.
    { selector: `edge.${GROUP}`, style: { 'line-style': 'dashed' } },
    { selector: `.${FADED}`, style: { opacity: 0.2 } },
    { selector: `.${HIDDEN}`, style: { display: 'none' } },
    {
      selector: `node.${HIGHLIGHTED}`,
      style: {
        opacity: 1,
        'border-width': 4,
        'border-color': OKABE_ITO.black,
        'underlay-color': OKABE_ITO.yellow,
        'underlay-opacity': 0.9,
        'underlay-padding': 7,
        'z-index': 10,
      },
    },
    {
      selector: `edge.${HIGHLIGHTED}`,
      style: {
        opacity: 1,
        'underlay-color': OKABE_ITO.yellow,
        'underlay-opacity': 0.9,
        'underlay-padding': 5,
        'z-index': 10,
      },
    },
  ];
}

/** buildStyle, typed for cytoscape's constructor. */
export function cytoscapeStyle(options: GraphOptions = defaults): StylesheetStyle[] {
  return buildStyle(options) as unknown as StylesheetStyle[];
}
