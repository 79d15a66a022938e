import { useMemo } from 'react';
import { EMPTY_IDS, idSets, type VisibilitySpec } from '../graph/visibility';
import { timeQuery, windowOf } from '../state/timeRange';
import type { OriginChoice, ViewState } from '../state/view';
import { VIEWS } from '../views/definitions';
import type { ViewLayer } from '../views/ViewLayer';
import type { Scope } from './useScope';

/** What the graph draws before the view's first scope has loaded: nothing. */
const NOTHING: VisibilitySpec = {
  scope: EMPTY_IDS,
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  onlyTypes: null,
  window: undefined,
  pinned: EMPTY_IDS,
};

/**
 * What the graph draws of everything loaded: the scope, less what the
 * legend, the year and the origin filter leave out, only the active view's
 * types, plus what it pins (the focus, the selection, the view's paths).
 * Nothing until `ready`.
 */
export function useVisibility(
  view: ViewState,
  origin: OriginChoice,
  scope: Scope | null,
  layer: ViewLayer,
  ready: boolean,
): VisibilitySpec {
  const types = VIEWS[view.mode].types;
  const onlyTypes = useMemo(() => (types ? new Set(types) : null), [types]);
  const selectedActorId = view.selected?.kind === 'actor' ? view.selected.id : null;
  const pinned = layer.pinned;
  return useMemo<VisibilitySpec>(() => {
    if (!ready || !scope) return NOTHING;
    return {
      scope: scope.ids,
      hiddenKinds: new Set(view.hiddenKinds),
      hiddenTypes: new Set(view.hiddenTypes),
      onlyTypes,
      // The view's own year or range, not the debounced one: the drawing follows the brush at once.
      window: windowOf(
        timeQuery({ year: view.year, range: view.range, includeUndated: view.includeUndated }),
      ),
      origins: !view.focus && origin !== 'both' ? new Set([origin]) : null,
      pinned: idSets(pinned ? [pinned] : [], [view.focus, selectedActorId]),
    };
  }, [
    origin,
    ready,
    scope,
    onlyTypes,
    view.hiddenKinds,
    view.hiddenTypes,
    view.year,
    view.range,
    view.includeUndated,
    view.focus,
    selectedActorId,
    pinned,
  ]);
}
