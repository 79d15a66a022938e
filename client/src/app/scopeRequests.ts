import { MONEY_TYPES, type RelationType } from '@explorer/domain';
import type { ViewState } from '../state/view';

/** One subgraph the view needs from the server. */
export type SubgraphRequest =
  | {
      key: string;
      kind: 'neighborhood';
      id: string;
      depth: number;
      types: RelationType[] | null;
      asOf: string | null;
    }
  | { key: string; kind: 'chain'; id: string; direction: 'UP' | 'DOWN'; asOf: string | null };

/**
 * The subgraphs that make up the view's scope, the first one being the one
 * that defines it (until it arrives, the previous scope stays on screen):
 * the control chain of the focus (up and down) in the control view; else the
 * neighbourhood of the focus at the chosen depth, and of each expanded actor
 * at depth 1. Without a focus the scope is the whole graph, plus expansions.
 * The money view asks for money relationships only.
 */
export function scopeRequests(view: ViewState, year: number | null): SubgraphRequest[] {
  const asOf = year != null ? String(year) : null;
  const at = asOf ?? '*';
  if (view.mode === 'control') {
    if (!view.focus) return [];
    return (['UP', 'DOWN'] as const).map((direction) => ({
      key: `chain:${direction}:${view.focus}:${at}`,
      kind: 'chain',
      id: view.focus!,
      direction,
      asOf,
    }));
  }
  const types = view.mode === 'money' ? [...MONEY_TYPES] : null;
  const typeKey = types ? 'money' : 'all';
  const neighbourhood = (id: string, depth: number): SubgraphRequest => ({
    key: `nb:${id}:${depth}:${typeKey}:${at}`,
    kind: 'neighborhood',
    id,
    depth,
    types,
    asOf,
  });
  const expansions = view.expanded
    .filter((id) => id !== view.focus)
    .map((id) => neighbourhood(id, 1));
  return view.focus ? [neighbourhood(view.focus, view.depth), ...expansions] : expansions;
}

/**
 * Names what the view is about; the graph lays everything out afresh when it
 * changes. Explore, paths and sanctions share positions (they draw the same
 * actors); money and control have their own.
 */
export function layoutKey(view: ViewState): string {
  const group = view.mode === 'money' || view.mode === 'control' ? view.mode : 'graph';
  return `${group}:${view.focus ?? '*'}`;
}
