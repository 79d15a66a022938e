import type { MoneyGraph } from '../../api/api';
import { useExplorer } from '../../app/ExplorerContext';
import { MoneyPanel } from './MoneyPanel';

/** The money view's side panel: the selected actor's (else the focus's) flows, or the largest actors. */
export function MoneyView({ graph }: { graph: MoneyGraph | null }) {
  const { view, named, selectActor, selectRelationship } = useExplorer();
  const selected = view.selected?.kind === 'actor' ? view.selected.id : null;
  return (
    <MoneyPanel
      subject={named(selected ?? view.focus)}
      year={view.year}
      range={view.range}
      includeUndated={view.includeUndated}
      totals={graph?.actors.map((a) => ({ id: a.id, name: a.name, totals: a.totals })) ?? []}
      onSelectActor={selectActor}
      onSelectRelationship={selectRelationship}
    />
  );
}
