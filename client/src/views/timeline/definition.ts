import { GRAPH_VIEW, type ViewDefinition } from '../ViewDefinition';

/**
 * The graph over a range of dates: what explore draws (and so its node
 * positions), filtered by the timeline's brush, with the dated facts counted
 * and listed beside it.
 */
export const timeline: ViewDefinition = {
  mode: 'timeline',
  name: 'Timeline',
  purpose: 'When things happened: dated facts by year or month, the graph over a range',
  ...GRAPH_VIEW,
};
