import type { SubgraphRequest } from '../../app/scopeRequests';
import { timeKey, type TimeQuery } from '../../state/timeRange';

/** The control view's scope: the focus's control chain up and down, over `time` (a year or a range); nothing without a focus. */
export function chainRequests(focus: string | null, time: TimeQuery): SubgraphRequest[] {
  if (!focus) return [];
  return (['UP', 'DOWN'] as const).map((direction) => ({
    key: `chain:${direction}:${focus}:${timeKey(time)}`,
    kind: 'chain',
    id: focus,
    direction,
    time,
  }));
}
