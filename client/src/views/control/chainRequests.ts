import type { SubgraphRequest } from '../../app/scopeRequests';

/** The control view's scope: the focus's control chain up and down, as of `asOf`; nothing without a focus. */
export function chainRequests(focus: string | null, asOf: string | null): SubgraphRequest[] {
  if (!focus) return [];
  return (['UP', 'DOWN'] as const).map((direction) => ({
    key: `chain:${direction}:${focus}:${asOf ?? '*'}`,
    kind: 'chain',
    id: focus,
    direction,
    asOf,
  }));
}
