import type { GraphStore, Subgraph, TraverseStep } from '../store/GraphStore';
import { bounded, optionalDate } from './limits';

export type ChainDirection = 'UP' | 'DOWN';

/**
 * Steps that go UP a chain of control: from a branch to what it is part of,
 * and from a body to whoever controls, commands or heads it. DOWN reverses each.
 */
const UP: readonly TraverseStep[] = [
  { type: 'PART_OF', direction: 'OUT' },
  { type: 'CONTROLS', direction: 'IN' },
  { type: 'COMMANDS', direction: 'IN' },
  { type: 'HOLDS_OFFICE', direction: 'IN' },
];

const flip = (step: TraverseStep): TraverseStep => ({
  ...step,
  direction: step.direction === 'OUT' ? 'IN' : 'OUT',
});

/** Who controls whom: chains of command and control. */
export class ChainService {
  constructor(private readonly store: GraphStore) {}

  async controlChain(
    id: string,
    args: {
      direction?: ChainDirection | null;
      maxHops?: number | null;
      asOf?: string | null;
      limit?: number | null;
    },
  ): Promise<Subgraph> {
    const direction = args.direction ?? 'UP';
    return this.store.traverse(id, {
      steps: direction === 'UP' ? UP : UP.map(flip),
      maxHops: bounded('Query.controlChain.maxHops', args.maxHops),
      asOf: optionalDate('asOf', args.asOf),
      limit: bounded('Query.controlChain.limit', args.limit),
    });
  }
}
