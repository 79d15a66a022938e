import { useExplorer } from '../../app/ExplorerContext';
import { SanctionsPanel } from './SanctionsPanel';
import type { ExposureLoad, StatusLoad } from './useSanctionsView';

/** The sanctions view's side panel over the explorer's selection and designated actors. */
export function SanctionsView({
  exposure,
  status,
}: {
  exposure: ExposureLoad;
  status: StatusLoad;
}) {
  const explorer = useExplorer();
  const { view, change } = explorer;
  return (
    <SanctionsPanel
      subject={explorer.named(view.selected?.kind === 'actor' ? view.selected.id : null)}
      status={status.state}
      onRetryStatus={status.retry}
      exposure={exposure.state}
      onRetryExposure={exposure.retry}
      via={view.via}
      onChangeVia={(via) => change({ via })}
      traced={view.traced}
      onTrace={(traced) => change({ traced })}
      designated={explorer.designated}
      year={view.year}
      documents={explorer.documents}
      onSelectActor={explorer.selectActor}
      onSelectRelationship={explorer.selectRelationship}
    />
  );
}
