import { GRAPH_VIEW, type ViewDefinition } from '../ViewDefinition';

/** The explore view's graph, with the shortest paths between two actors drawn and highlighted. */
export const paths: ViewDefinition = {
  mode: 'paths',
  name: 'Paths',
  purpose: 'How two actors are connected',
  ...GRAPH_VIEW,
};
