import { useExplorer } from '../../app/ExplorerContext';
import { PathFinder } from './PathFinder';
import type { PathsLoad } from './usePathsView';

/** The paths view's side panel: the path finder over the explorer's ends and options. */
export function PathsPanel({ paths }: { paths: PathsLoad }) {
  const { view, change, ref, setPathEnd, selectActor, selectRelationship, documents } =
    useExplorer();
  return (
    <PathFinder
      from={ref(view.pathFrom)}
      to={ref(view.pathTo)}
      onChangeFrom={(actor) => setPathEnd('from', actor)}
      onChangeTo={(actor) => setPathEnd('to', actor)}
      options={{ maxHops: view.pathMaxHops, directed: view.pathDirected, types: view.pathTypes }}
      onChangeOptions={(o) =>
        change({
          pathMaxHops: o.maxHops,
          pathDirected: o.directed,
          pathTypes: o.types,
          chosenPath: null,
        })
      }
      state={paths.state}
      onRetry={paths.retry}
      chosen={view.chosenPath}
      onChoose={(index) => change({ chosenPath: index })}
      onSelectActor={selectActor}
      onSelectRelationship={selectRelationship}
      documents={documents}
      year={view.year}
    />
  );
}
