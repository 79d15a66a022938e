import { useMemo, useState } from 'react';
import type { Subgraph } from '../api/api';
import { idSets, type IdSets } from '../graph/visibility';
import type { TimeQuery } from '../state/timeRange';
import type { ViewState } from '../state/view';
import { VIEWS } from '../views/definitions';
import { layoutKey, scopeRequests, type SubgraphRequest } from './scopeRequests';
import { useSubgraphs, type Loaded } from './useSubgraphs';

export interface Scope {
  /** What the graph may draw; null: everything loaded. */
  ids: IdSets | null;
  /** The layout key of the view this scope belongs to (see `layoutKey`). */
  key: string;
}

/** The scope of the view and how its loads stand. */
export interface ScopeState {
  /** What the graph may draw now: the last complete scope; null until there is one. */
  scope: Scope | null;
  /** The current scope is still loading. */
  loading: boolean;
  /** The first failed load, with its retry. */
  error: { error: unknown; retry: () => void } | null;
  /** The requests of the view's scope and how each stands, in order. */
  parts: readonly { request: SubgraphRequest; state: Loaded }[];
  /** Every subgraph loaded so far, to merge into the graph. */
  subgraphs: readonly Subgraph[];
}

/**
 * The view's scope: the focus's neighbourhood (or chain) and the expansions.
 * While a new focus loads, the previous scope stays on screen, so the graph
 * never flashes empty and never lays out half an answer.
 */
export function useScope(view: ViewState, time: TimeQuery): ScopeState {
  const requests = useMemo(
    () => scopeRequests(view, time),
    // The requests depend on these fields only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.mode, view.focus, view.depth, view.expanded, time],
  );
  const { loaded, retry } = useSubgraphs(requests);
  // Without a focus the scope is everything loaded: expansions only add to it.
  const whole = !view.focus;
  // A chain is defined by both its halves; a neighbourhood scope by the focus's own.
  const defining = whole
    ? []
    : VIEWS[view.mode].scope === 'chain'
      ? requests
      : requests.slice(0, 1);
  const ready = defining.every((r) => loaded.get(r.key)?.status === 'ok');
  // The last complete scope, shown while the next one loads; null until a
  // first one is complete (nothing is drawn or laid out before that).
  const [settled, setSettled] = useState<Scope | null>(null);

  const key = layoutKey(view);
  const current = useMemo<Scope | null>(() => {
    if (!ready) return null;
    if (whole) return { ids: null, key };
    const parts: Subgraph[] = [];
    for (const r of requests) {
      const state = loaded.get(r.key);
      if (state?.status === 'ok') parts.push(state.data);
    }
    return { ids: idSets(parts, [view.focus]), key };
  }, [ready, whole, requests, loaded, key, view.focus]);
  // Remembered during render (React's pattern for state derived from earlier renders).
  if (current && current !== settled) setSettled(current);

  const failed = requests.find((r) => loaded.get(r.key)?.status === 'error');
  const failure = failed ? loaded.get(failed.key) : undefined;

  const everything = useMemo(
    () => [...loaded.values()].flatMap((state) => (state.status === 'ok' ? [state.data] : [])),
    [loaded],
  );

  return {
    scope: current ?? settled,
    loading: !ready,
    error:
      failure?.status === 'error'
        ? { error: failure.error, retry: () => retry(failed!.key) }
        : null,
    parts: requests.map((request) => ({ request, state: loaded.get(request.key)! })),
    subgraphs: everything,
  };
}
