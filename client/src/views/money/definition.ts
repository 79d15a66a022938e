import { MONEY_TYPES } from '@explorer/domain';
import type { ViewDefinition } from '../ViewDefinition';

/** Money flows only, actors sized by the dollars through them. */
export const money: ViewDefinition = {
  mode: 'money',
  name: 'Money',
  purpose: 'Funding, investment and debt, sized by dollars',
  scope: 'neighbourhood',
  types: MONEY_TYPES,
  exportTypes: null,
  layout: 'force',
  layoutGroup: 'money',
  centreOnFocus: true,
  exportDepth: null,
};
