import type { RelationType } from '@explorer/domain';
import { timeKey, type TimeQuery } from '../state/timeRange';
import type { ViewState } from '../state/view';
import { chainRequests } from '../views/control/chainRequests';
import { VIEWS } from '../views/definitions';

/** One subgraph the view needs from the server. */
export type SubgraphRequest =
  | {
      key: string;
      kind: 'neighborhood';
      id: string;
      depth: number;
      types: RelationType[] | null;
      /** The year or range it is asked for. */
      time: TimeQuery;
    }
  | { key: string; kind: 'chain'; id: string; direction: 'UP' | 'DOWN'; time: TimeQuery };

/**
 * The subgraphs that make up the view's scope, the first one being the one
 * that defines it (until it arrives, the previous scope stays on screen):
 * the control chain of the focus (up and down) for a chain view (see
 * `views/control/chainRequests`); else the neighbourhood of the focus at the
 * chosen depth, and of each expanded actor at depth 1, over the view's types
 * (the money view: money only). Without a focus the scope is the whole
 * graph, plus expansions.
 */
export function scopeRequests(view: ViewState, time: TimeQuery): SubgraphRequest[] {
  const definition = VIEWS[view.mode];
  if (definition.scope === 'chain') return chainRequests(view.focus, time);
  const types = definition.types ? [...definition.types] : null;
  const typeKey = types ? types.join('|') : 'all';
  const neighbourhood = (id: string, depth: number): SubgraphRequest => ({
    key: `nb:${id}:${depth}:${typeKey}:${timeKey(time)}`,
    kind: 'neighborhood',
    id,
    depth,
    types,
    time,
  });
  const expansions = view.expanded
    .filter((id) => id !== view.focus)
    .map((id) => neighbourhood(id, 1));
  return view.focus ? [neighbourhood(view.focus, view.depth), ...expansions] : expansions;
}

/**
 * Names what the view is about; the graph lays everything out afresh when it
 * changes. Views of one layout group (explore, paths and sanctions: they
 * draw the same actors) share positions; money and control have their own.
 */
export function layoutKey(view: ViewState): string {
  return `${VIEWS[view.mode].layoutGroup}:${view.focus ?? '*'}`;
}
