import type { Core } from 'cytoscape';
import type { ActorTotals } from '../../api/api';
import { formatUsd } from '../../format/money';
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

/** What the graph adds under each name: nothing, the designating authorities, or money. */
export type LabelMode = 'plain' | 'sanctions' | 'money';

/**
 * Sets each node's label (its name, plus a second line in the sanctions and
 * money views) and, in the money view, its size. Labels stay canvas text.
 */
export function applyLabelsAndSizes(
  cy: Core,
  mode: LabelMode,
  totals: ReadonlyMap<string, ActorTotals> | null,
  options: GraphOptions = defaults,
): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const name = node.data('name') as string;
      let extra = '';
      if (mode === 'sanctions' && node.data('authorities'))
        extra = `⚑ ${node.data('authorities') as string}`;
      if (mode === 'money') extra = moneyLine(totals?.get(node.id()));
      const label = extra ? `${name}\n${extra}` : name;
      if (node.data('label') !== label) node.data('label', label);
      if (mode === 'money') node.data('size', moneyNodeSize(totals?.get(node.id()), options));
      else if (node.data('size') !== undefined) node.removeData('size');
    });
  });
}
