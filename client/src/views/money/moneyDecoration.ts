import type { ActorTotals } from '../../api/api';
import { formatUsd } from '../../format/money';
import type { NodeDecoration } from '../../graph/decoration';
import { defaults, type GraphOptions } from '../../graph/defaults';

/**
 * Diameter of an actor in the money view: `nodeSize` with no documented
 * dollars, growing with log10 of the dollars in and out (from $1m), up to
 * `maxMoneyNodeSize`.
 */
export function moneyNodeSize(
  totals: Pick<ActorTotals, 'inUsd' | 'outUsd'> | undefined,
  options: GraphOptions = defaults,
): number {
  const total = (totals?.inUsd ?? 0) + (totals?.outUsd ?? 0);
  if (total <= options.moneyWidthFloorUsd) return options.nodeSize;
  const decades = Math.log10(total / options.moneyWidthFloorUsd);
  return Math.round(
    Math.min(options.maxMoneyNodeSize, options.nodeSize + decades * options.moneyNodeSizePerDecade),
  );
}

/** "in $30bn · out $528bn"; "" with no documented dollars. */
export function moneyLine(totals: Pick<ActorTotals, 'inUsd' | 'outUsd'> | undefined): string {
  if (!totals) return '';
  const parts: string[] = [];
  if (totals.inUsd) parts.push(`in ${formatUsd(totals.inUsd)}`);
  if (totals.outUsd) parts.push(`out ${formatUsd(totals.outUsd)}`);
  return parts.join(' · ');
}

/**
 * The money view's nodes: sized by documented dollars, "in $… · out $…"
 * under the name. Without totals (not loaded, or failed) every node keeps
 * the plain size.
 */
export function moneyDecoration(totals: ReadonlyMap<string, ActorTotals> | null): NodeDecoration {
  return {
    line: (node) => moneyLine(totals?.get(node.id())),
    size: (node, options) => moneyNodeSize(totals?.get(node.id()), options),
  };
}
