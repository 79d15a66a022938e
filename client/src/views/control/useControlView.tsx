import type { Subgraph } from '../../api/api';
import type { AsyncState } from '../../hooks/useAsync';
import { layer, type ViewInput, type ViewLayer } from '../ViewLayer';
import { ControlView } from './ControlView';

export type ChainState = AsyncState<{ up: Subgraph; down: Subgraph }>;

/**
 * The control view: its scope is the focus's chain up and down (see
 * `chainRequests`), drawn top-down; the panel lists it step by step.
 */
export function useControlView({ view, scope }: ViewInput): ViewLayer {
  const chain: ChainState = (() => {
    if (view.mode !== 'control' || !view.focus) return { status: 'idle' };
    const [up, down] = scope.parts.map((part) => part.state);
    if (up?.status === 'error') return up;
    if (down?.status === 'error') return down;
    if (up?.status === 'ok' && down?.status === 'ok')
      return { status: 'ok', data: { up: up.data, down: down.data } };
    return { status: 'loading' };
  })();
  return layer(<ControlView chain={chain} onRetry={() => scope.error?.retry()} />);
}
