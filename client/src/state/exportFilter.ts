import type { ExportFilter } from '../api/exportUrls';
import { ACTOR_KINDS } from '@explorer/domain';
import { TYPE_ORDER } from '../format/names';
import { VIEWS } from '../views/definitions';
import type { ViewState } from './view';

/**
 * What the export links ask the server for, given the view: the focus's
 * neighbourhood (or the whole graph), the types the view draws, the kinds
 * the legend shows and the year. A control chain exports the focus's
 * neighbourhood over the chain's types, as deep as the API allows.
 */
export function viewExportFilter(view: ViewState): ExportFilter {
  const definition = VIEWS[view.mode];
  const kept = definition.exportTypes ?? definition.types;
  const shown = TYPE_ORDER.filter((t) => !view.hiddenTypes.includes(t));
  const types = kept ? shown.filter((t) => kept.includes(t)) : shown;
  const kinds = ACTOR_KINDS.filter((k) => !view.hiddenKinds.includes(k));
  return {
    around: view.focus,
    depth: view.focus ? (definition.exportDepth ?? view.depth) : null,
    types: types.length === TYPE_ORDER.length ? null : types,
    kinds: kinds.length === ACTOR_KINDS.length ? null : kinds,
    asOf: view.year != null ? String(view.year) : null,
  };
}
