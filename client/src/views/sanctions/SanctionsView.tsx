import { useExplorer } from '../../app/ExplorerContext';
import { SanctionsPanel } from './SanctionsPanel';
import type { ExposureLoad } from './useSanctionsView';

/** The sanctions view's side panel over the explorer's selection and designations. */
export function SanctionsView({ exposure }: { exposure: ExposureLoad }) {
  const explorer = useExplorer();
  const { view, change, designations } = explorer;
  return (
    <SanctionsPanel
      subject={explorer.named(view.selected?.kind === 'actor' ? view.selected.id : null)}
      exposure={exposure.state}
      onRetryExposure={exposure.retry}
      via={view.via}
      onChangeVia={(via) => change({ via })}
      traced={view.traced}
      onTrace={(traced) => change({ traced })}
      designations={designations.state}
      onRetryDesignations={designations.retry}
      designated={explorer.designated}
      year={view.year}
      documents={explorer.documents}
      onSelectActor={explorer.selectActor}
      onSelectRelationship={explorer.selectRelationship}
    />
  );
}
