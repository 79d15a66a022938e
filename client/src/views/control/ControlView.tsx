import { useExplorer } from '../../app/ExplorerContext';
import { effectiveLayout } from '../../state/view';
import { ControlPanel } from './ControlPanel';
import type { ChainState } from './useControlView';

/** The control view's side panel: the focus's chain, and its layout. */
export function ControlView({ chain, onRetry }: { chain: ChainState; onRetry: () => void }) {
  const { view, change, named, selectActor, selectRelationship } = useExplorer();
  return (
    <ControlPanel
      actor={named(view.focus)}
      chain={chain}
      onRetry={onRetry}
      layout={effectiveLayout(view)}
      onChangeLayout={(layout) => change({ layout })}
      onSelectActor={selectActor}
      onSelectRelationship={selectRelationship}
    />
  );
}
