import type { ExportFilter } from '../api/exportUrls';
import { ACTOR_KINDS, CONTROL_TYPES, isMoneyType } from '@explorer/domain';
import { TYPE_ORDER } from '../format/names';
import type { ViewState } from './view';

/**
 * What the export links ask the server for, given the view: the focus's
 * neighbourhood (or the whole graph), the types the view draws, the kinds
 * the legend shows and the year. A control chain exports the focus's
 * neighbourhood over the chain's types, as deep as the depth control says.
 */
export function viewExportFilter(view: ViewState): ExportFilter {
  const shown = TYPE_ORDER.filter((t) => !view.hiddenTypes.includes(t));
  const types =
    view.mode === 'money'
      ? shown.filter(isMoneyType)
      : view.mode === 'control'
        ? shown.filter((t) => CONTROL_TYPES.includes(t))
        : shown;
  const kinds = ACTOR_KINDS.filter((k) => !view.hiddenKinds.includes(k));
  return {
    around: view.focus,
    depth: view.focus ? (view.mode === 'control' ? 3 : view.depth) : null,
    types: types.length === TYPE_ORDER.length ? null : types,
    kinds: kinds.length === ACTOR_KINDS.length ? null : kinds,
    asOf: view.year != null ? String(view.year) : null,
  };
}
