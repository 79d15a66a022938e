import { GRAPH_VIEW, type ViewDefinition } from '../ViewDefinition';

/** Everything, or the neighbourhood of the focus plus the expanded actors'. */
export const explore: ViewDefinition = {
  mode: 'explore',
  name: 'Explore',
  purpose: 'Everything, or the neighbourhood of one actor',
  ...GRAPH_VIEW,
};
