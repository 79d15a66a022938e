import { useCallback, useMemo, useState } from 'react';
import { fetchDocuments } from '../api/api';
import { useAsync } from '../hooks/useAsync';
import { useDebounced } from '../hooks/useDebounced';
import { timeQuery } from '../state/timeRange';
import { useGroups } from '../views/explore/groups/useGroups';
import { useViewLayers } from '../views/useViewLayers';
import type { DrawnCounts } from '../components/GraphView/GraphView';
import { ExplorerProvider } from './ExplorerContext';
import { GraphArea } from './GraphArea';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useBaseGraph } from './useBaseGraph';
import { useExplorerValue } from './useExplorerValue';
import { useGraphData } from './useGraphData';
import { useMissingSelection } from './useMissingSelection';
import { useScope } from './useScope';
import { useView } from './useView';
import { useVisibility } from './useVisibility';
import './App.css';

/** How long the year or range must rest before the graph, paths, exposure and neighbourhoods are asked for again. */
const YEAR_DEBOUNCE_MS = 250;

/**
 * The explorer, wired: the URL's view state, the graph every view shares
 * (the base graph of the chosen origin, the focus's scope, documents; the
 * designations of the actors loaded come with their subgraphs), every view's layer (views/<view>/), and the active one
 * drawn — search and view tabs on top, the graph in the middle, the view's
 * panel and the selection on the side.
 */
export function App() {
  const [view, update] = useView();
  const queryYear = useDebounced(view.year, YEAR_DEBOUNCE_MS);
  const queryRange = useDebounced(view.range, YEAR_DEBOUNCE_MS);
  const time = useMemo(
    () => timeQuery({ year: queryYear, range: queryRange, includeUndated: view.includeUndated }),
    [queryYear, queryRange, view.includeUndated],
  );
  const base = useBaseGraph(view.origin, time);
  const documents = useAsync('documents', fetchDocuments);
  const scope = useScope(view, time);
  // The crowds of the scope's neighbourhoods, one node each, opened on demand.
  const groups = useGroups(scope, !!view.focus);
  const layers = useViewLayers({ view, year: queryYear, time, update, scope });
  const active = layers[view.mode];

  const selectedActorId = view.selected?.kind === 'actor' ? view.selected.id : null;
  const extra = useMissingSelection(selectedActorId, base.graph, scope.subgraphs);
  // Merged in this order: what comes first names an actor loaded twice.
  const data = useGraphData(
    base.graph,
    [base.windowed, layers.money.loaded, layers.paths.loaded, layers.sanctions.loaded, extra],
    groups.subgraphs,
  );
  const explorer = useExplorerValue(view, update, data, {
    documents: documents.state,
    queryYear,
  });

  const ready = !!scope.scope && active.ready;
  const visibility = useVisibility(view, base.origin, groups.scope, active, ready);
  const [drawn, setDrawn] = useState<DrawnCounts>({ nodes: 0, edges: 0, groups: 0 });
  const onDrawn = useCallback(
    (counts: DrawnCounts) =>
      setDrawn((previous) =>
        previous.nodes === counts.nodes &&
        previous.edges === counts.edges &&
        previous.groups === counts.groups
          ? previous
          : counts,
      ),
    [],
  );

  return (
    <ExplorerProvider value={explorer}>
      <div className="app">
        <TopBar
          counts={{
            ...drawn,
            actors: data.actors.size,
            reachable: groups.reachable,
            truncated: base.truncated,
          }}
        />
        <main className="workspace">
          <GraphArea
            base={base}
            scope={scope}
            groups={groups}
            layer={active}
            visibility={visibility}
            layoutKey={ready ? scope.scope!.key : null}
            onDrawn={onDrawn}
          />
          <Sidebar viewPanel={active.panel} />
        </main>
      </div>
    </ExplorerProvider>
  );
}
