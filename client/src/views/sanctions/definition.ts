import type { ViewDefinition } from '../ViewDefinition';

/** The explore view's graph, designations labelled, the selected actor's exposure traced. */
export const sanctions: ViewDefinition = {
  mode: 'sanctions',
  name: 'Sanctions',
  purpose: 'Who is designated, and who sits close to them',
  scope: 'neighbourhood',
  types: null,
  exportTypes: null,
  layout: 'force',
  layoutGroup: 'graph',
  centreOnFocus: true,
  exportDepth: null,
  // Opened on an actor, the view traces that actor's exposure at once.
  openWith: { traced: true },
};
