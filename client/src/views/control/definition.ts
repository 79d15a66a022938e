import { API_BOUNDS, CONTROL_TYPES } from '@explorer/domain';
import type { ViewDefinition } from '../ViewDefinition';

/** The focus's control chain, up and down, top-down as an org chart. */
export const control: ViewDefinition = {
  mode: 'control',
  name: 'Control',
  purpose: 'Who controls an actor and what it controls, top-down',
  scope: 'chain',
  // Draws what the chain holds; its export keeps to the chain's types.
  types: null,
  exportTypes: CONTROL_TYPES,
  layout: 'hierarchy',
  layoutGroup: 'control',
  // The chain is drawn whole: fitted, not centred on the focus.
  centreOnFocus: false,
  // A chain is exported as the focus's neighbourhood over the chain's types, as deep as allowed.
  exportDepth: API_BOUNDS.Query.neighborhood.depth.max,
};
