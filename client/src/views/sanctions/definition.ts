import { GRAPH_VIEW, type ViewDefinition } from '../ViewDefinition';

/** The explore view's graph, designations labelled, the selected actor's exposure traced. */
export const sanctions: ViewDefinition = {
  mode: 'sanctions',
  name: 'Sanctions',
  purpose: 'Who is designated, and who sits close to them',
  ...GRAPH_VIEW,
  // Opened on an actor, the view traces that actor's exposure at once.
  openWith: { traced: true },
};
