import { API_DEFAULTS, controlChainSteps } from '@explorer/domain';
import type { GraphStore, Subgraph } from '../store/GraphStore';
import { bounded, timeArgs, type TimeArgs } from './limits';

export type ChainDirection = 'UP' | 'DOWN';

/** Who controls whom: chains of command and control (steps: the domain's `controlChainSteps`). */
export class ChainService {
  constructor(private readonly store: GraphStore) {}

  async controlChain(
    id: string,
    args: TimeArgs & {
      direction?: ChainDirection | null;
      maxHops?: number | null;
      limit?: number | null;
    },
  ): Promise<Subgraph> {
    return this.store.traverse(id, {
      steps: controlChainSteps(args.direction ?? API_DEFAULTS.Query.controlChain.direction),
      maxHops: bounded('Query.controlChain.maxHops', args.maxHops),
      when: timeArgs(args).when,
      limit: bounded('Query.controlChain.limit', args.limit),
    });
  }
}
