import type { NodeDecoration } from '../../graph/decoration';

/**
 * The sanctions view's nodes: "⚑ OFAC UN" under the name of a designated
 * actor (its authorities' codes, set by the authority rings every view draws).
 */
export const sanctionsDecoration: NodeDecoration = {
  line: (node) => (node.data('authorities') ? `⚑ ${node.data('authorities') as string}` : ''),
};
