import { useMemo, useState } from 'react';
import type { Subgraph } from '../api/api';
import { idSets, type IdSets } from '../graph/visibility';
import type { AsyncState } from '../hooks/useAsync';
import type { ViewState } from '../state/view';
import { layoutKey, scopeRequests } from './scopeRequests';
import { useSubgraphs } from './useSubgraphs';

export interface Scope {
  /** What the graph may draw; null: everything loaded. */
  ids: IdSets | null;
  /** The layout key of the view this scope belongs to (see `layoutKey`). */
  key: string;
}

/**
 * The view's scope: the focus's neighbourhood (or chain) and the expansions.
 * While a new focus loads, the previous scope stays on screen, so the graph
 * never flashes empty and never lays out half an answer.
 */
export function useScope(view: ViewState, year: number | null) {
  const requests = useMemo(
    () => scopeRequests(view, year),
    // The requests depend on these fields only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.mode, view.focus, view.depth, view.expanded, year],
  );
  const { loaded, retry } = useSubgraphs(requests);
  // Without a focus the scope is everything loaded: expansions only add to it.
  const whole = !view.focus;
  const defining = whole ? [] : view.mode === 'control' ? requests : requests.slice(0, 1);
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

  const chain: AsyncState<{ up: Subgraph; down: Subgraph }> = (() => {
    if (view.mode !== 'control' || !view.focus) return { status: 'idle' };
    const [up, down] = requests.map((r) => loaded.get(r.key));
    if (up?.status === 'error') return up;
    if (down?.status === 'error') return down;
    if (up?.status === 'ok' && down?.status === 'ok')
      return { status: 'ok', data: { up: up.data, down: down.data } };
    return { status: 'loading' };
  })();

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
    chain,
    /** Every subgraph loaded so far, to merge into the graph. */
    subgraphs: everything,
  };
}
