import { useCallback, useMemo, useState } from 'react';
import {
  fetchDesignations,
  fetchDocuments,
  fetchGraph,
  fetchHasImported,
  fetchMoneyGraph,
  fetchNeighborhood,
  type ActorTotals,
  type PathResult,
  type RelationshipFields,
} from '../api/api';
import { designatedActors } from '../graph/authorities';
import { EMPTY_IDS, idSets, type VisibilitySpec } from '../graph/visibility';
import { useAsync } from '../hooks/useAsync';
import { useDebounced } from '../hooks/useDebounced';
import { viewExportFilter } from '../state/exportFilter';
import type { ActorRef } from '../state/selection';
import { yearDomain } from '../state/validity';
import {
  effectiveLayout,
  effectiveOrigin,
  focusActor,
  setPathEnd,
  showWholeGraph,
  switchMode,
  toggleExpanded,
  toggleIn,
  type Mode,
  type ViewState,
} from '../state/view';
import {
  ACTOR_KINDS,
  ActorKind,
  API_BOUNDS,
  MONEY_TYPES,
  type RelationType,
} from '@explorer/domain';
import { TYPE_ORDER } from '../format/names';
import { ErrorBanner } from '../components/ErrorBanner/ErrorBanner';
import { ExportMenu } from '../components/ExportMenu/ExportMenu';
import { fileStem } from '../components/ExportMenu/saveFile';
import { useExposure } from '../views/sanctions/useExposure';
import { FocusBar } from '../components/FocusBar/FocusBar';
import { GraphView } from '../components/GraphView/GraphView';
import { Legend } from '../components/Legend/Legend';
import { ModeTabs } from '../components/ModeTabs/ModeTabs';
import { OriginFilter } from '../components/OriginFilter/OriginFilter';
import { pathHighlight, usePaths } from '../views/paths/usePaths';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { TimeSlider } from '../components/TimeSlider/TimeSlider';
import { Sidebar } from './Sidebar';
import { useGraphData } from './useGraphData';
import { useScope } from './useScope';
import { useView } from './useView';

/** How long the year must rest before paths, exposure and neighbourhoods are asked for again. */
const YEAR_DEBOUNCE_MS = 250;

/** The actors and relationships of some paths, as one graph piece. */
function pathsAsGraph(paths: readonly PathResult[] | null) {
  return paths
    ? {
        actors: paths.flatMap((p) => p.actors),
        relationships: paths.flatMap((p) => p.relationships),
      }
    : null;
}

const MONEY_SET: ReadonlySet<RelationType> = new Set(MONEY_TYPES);

/** What the graph draws before the view's first scope has loaded: nothing. */
const NOTHING: VisibilitySpec = {
  scope: EMPTY_IDS,
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  onlyTypes: null,
  year: null,
  pinned: EMPTY_IDS,
};

/** The explorer: search and views on top, the graph in the middle, details on the side. */
export function App() {
  const [view, update] = useView();
  const queryYear = useDebounced(view.year, YEAR_DEBOUNCE_MS);
  const asOf = queryYear != null ? String(queryYear) : null;
  // Whether the store holds imported data decides the default origin (Curated if so).
  const imported = useAsync(view.origin ? null : 'has-imported', fetchHasImported);
  const hasImported =
    imported.state.status === 'ok'
      ? imported.state.data
      : imported.state.status === 'error'
        ? false
        : null;
  const origin = effectiveOrigin(view.origin, hasImported);
  const originKnown = view.origin != null || hasImported != null;
  const base = useAsync(originKnown ? `graph:${origin}` : null, (signal) =>
    fetchGraph(
      origin === 'both' ? {} : { origin: origin === 'curated' ? 'CURATED' : 'IMPORTED' },
      signal,
    ),
  );
  const baseTruncated = base.state.status === 'ok' && base.state.data.truncated;
  const documents = useAsync('documents', fetchDocuments);
  const designations = useAsync('designations', fetchDesignations);
  const {
    scope,
    loading: scopeLoading,
    error: scopeError,
    chain,
    subgraphs,
  } = useScope(view, queryYear);
  const money = useAsync(view.mode === 'money' ? `money-graph:${asOf ?? '*'}` : null, (signal) =>
    fetchMoneyGraph({ asOf, limit: API_BOUNDS.Query.graph.limit.max }, signal),
  );
  const paths = usePaths(
    view.pathFrom,
    view.pathTo,
    { maxHops: view.pathMaxHops, directed: view.pathDirected, types: view.pathTypes },
    queryYear,
  );
  const selectedActorId = view.selected?.kind === 'actor' ? view.selected.id : null;
  const exposure = useExposure(
    view.mode === 'sanctions' ? selectedActorId : null,
    view.via,
    queryYear,
  );
  // Relationships opened from panels may lie outside the graph: keep them to show them.
  const [seen, setSeen] = useState<ReadonlyMap<string, RelationshipFields>>(new Map());
  const [pathHighlightOff, setPathHighlightOff] = useState(false);

  const pathList = paths.state.status === 'ok' ? paths.state.data : null;
  const exposurePaths =
    exposure.state.status === 'ok' && exposure.state.data.status === 'LINKED'
      ? exposure.state.data.paths
      : null;
  const pathGraph = useMemo(() => pathsAsGraph(pathList), [pathList]);
  const exposureGraph = useMemo(() => pathsAsGraph(exposurePaths), [exposurePaths]);
  const baseGraph = base.state.status === 'ok' ? base.state.data : null;
  // While another year's totals load, the last ones stay (no blank graph while the slider moves).
  const moneyGraph =
    money.state.status === 'ok'
      ? money.state.data
      : money.state.status === 'loading'
        ? (money.state.stale ?? null)
        : null;

  // An actor selected from a panel but never loaded: bring it in with its neighbours.
  const knownIds = useMemo(
    () =>
      new Set(
        [...(baseGraph?.actors ?? []), ...subgraphs.flatMap((s) => s.actors)].map((a) => a.id),
      ),
    [baseGraph, subgraphs],
  );
  const missing =
    selectedActorId && baseGraph && !knownIds.has(selectedActorId) ? selectedActorId : null;
  const extra = useAsync(missing ? `extra:${missing}` : null, (signal) =>
    fetchNeighborhood({ id: missing!, depth: 1 }, signal),
  );
  const extraGraph = extra.state.status === 'ok' ? extra.state.data : null;

  const data = useGraphData(
    baseGraph,
    [moneyGraph, pathGraph, exposureGraph, extraGraph],
    subgraphs,
  );

  const designationList = designations.state.status === 'ok' ? designations.state.data : null;
  const designated = useMemo(
    () => designatedActors(designationList ?? [], view.year),
    [designationList, view.year],
  );
  const authorities = useMemo(
    () => new Map(designated.authorities.map((a) => [a.id, a])),
    [designated],
  );

  const highlighted = useMemo(() => {
    if (view.mode === 'paths' && pathList && !pathHighlightOff)
      return pathHighlight(pathList, view.chosenPath);
    if (view.mode === 'sanctions' && view.traced && exposurePaths)
      return pathHighlight(exposurePaths, null);
    return null;
  }, [view.mode, view.chosenPath, view.traced, pathList, exposurePaths, pathHighlightOff]);

  const moneyTotals = useMemo(
    () =>
      moneyGraph
        ? new Map<string, ActorTotals>(moneyGraph.actors.map((a) => [a.id, a.totals]))
        : null,
    [moneyGraph],
  );
  // The money view is laid out once the sizes are known, so that big actors get room.
  const ready =
    !!scope && (view.mode !== 'money' || !!moneyTotals || money.state.status === 'error');
  const visibility = useMemo<VisibilitySpec>(() => {
    const pinnedPaths =
      view.mode === 'paths' && pathGraph
        ? [pathGraph]
        : view.mode === 'sanctions' && view.traced && exposureGraph
          ? [exposureGraph]
          : [];
    if (!ready || !scope) return NOTHING;
    return {
      scope: scope.ids,
      hiddenKinds: new Set(view.hiddenKinds),
      hiddenTypes: new Set(view.hiddenTypes),
      onlyTypes: view.mode === 'money' ? MONEY_SET : null,
      year: view.year,
      origins: !view.focus && origin !== 'both' ? new Set([origin]) : null,
      pinned: idSets(pinnedPaths, [view.focus, selectedActorId]),
    };
  }, [
    origin,
    ready,
    scope,
    view.mode,
    view.hiddenKinds,
    view.hiddenTypes,
    view.year,
    view.traced,
    view.focus,
    selectedActorId,
    pathGraph,
    exposureGraph,
  ]);

  const domain = useMemo(() => yearDomain(data.relationships.values()), [data.relationships]);
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const onDrawn = useCallback(
    (counts: { nodes: number; edges: number }) =>
      setDrawn((previous) =>
        previous.nodes === counts.nodes && previous.edges === counts.edges ? previous : counts,
      ),
    [],
  );

  const name = (id: string | null) => (id ? (data.actors.get(id)?.name ?? id) : null);
  const ref = (id: string | null): ActorRef | null => {
    if (!id) return null;
    const actor = data.actors.get(id);
    return { id, name: actor?.name ?? id, kind: actor?.kind ?? ActorKind.PERSON };
  };
  const selectedRelationship =
    view.selected?.kind === 'relationship'
      ? (data.relationships.get(view.selected.id) ?? seen.get(view.selected.id) ?? null)
      : null;

  const selectActor = useCallback(
    (id: string) => update((v) => ({ ...v, selected: { kind: 'actor', id }, traced: false })),
    [update],
  );
  const selectRelationship = useCallback(
    (rel: RelationshipFields) => {
      setSeen((previous) => new Map(previous).set(rel.id, rel));
      update((v) => ({ ...v, selected: { kind: 'relationship', id: rel.id } }));
    },
    [update],
  );
  const change = (patch: Partial<ViewState>) => update((v) => ({ ...v, ...patch }));
  const openView = (mode: Mode, id: string) =>
    update((v) => {
      const next = switchMode({ ...v, selected: { kind: 'actor', id } }, mode);
      return mode === 'sanctions' ? { ...next, traced: true } : next;
    });
  const setEnd = (which: 'from' | 'to', actor: ActorRef | null) => {
    setPathHighlightOff(false);
    update((v) => setPathEnd(v, which, actor?.id ?? null));
  };

  const layout = effectiveLayout(view);
  const focusRef = view.focus ? { id: view.focus, name: name(view.focus)! } : null;

  return (
    <div className="app">
      <header className="topbar">
        <h1>Actor network explorer</h1>
        <SearchBox
          label="Search actors"
          hideLabel
          placeholder="Search actors: IRGC, Hezbollah, Shamkhani…"
          onSelect={(actor) => update((v) => focusActor(v, actor.id))}
          origin={
            view.origin === 'curated' ? 'CURATED' : view.origin === 'imported' ? 'IMPORTED' : null
          }
        />
        <ModeTabs mode={view.mode} onChange={(mode) => update((v) => switchMode(v, mode))} />
        <p className="counts" aria-live="polite" data-testid="counts">
          {drawn.nodes} of {data.actors.size} actors · {drawn.edges} relationships
          {baseTruncated ? ' (truncated)' : ''}
        </p>
      </header>
      <main className="workspace">
        <div className="graph-area">
          {base.state.status === 'loading' || !originKnown ? (
            <p className="graph-status" role="status">
              Loading the graph…
            </p>
          ) : null}
          {base.state.status === 'error' ? (
            <div className="graph-status">
              <ErrorBanner
                error={base.state.error}
                context="Loading the graph"
                onRetry={base.retry}
              />
            </div>
          ) : null}
          {baseTruncated && !view.focus && base.state.status === 'ok' ? (
            <div className="graph-notice" role="status" data-testid="truncated-notice">
              <p>
                Showing the first {base.state.data.relationships.length} of more relationships —
                narrow the filters (origin, year) or focus an actor.
              </p>
            </div>
          ) : null}
          {money.state.status === 'error' ? (
            <div className="graph-notice">
              <ErrorBanner
                error={money.state.error}
                context="Loading money totals"
                onRetry={money.retry}
              />
            </div>
          ) : null}
          {scopeError ? (
            <div className="graph-notice">
              <ErrorBanner
                error={scopeError.error}
                context={
                  view.mode === 'control' ? 'Loading the control chain' : 'Loading neighbours'
                }
                onRetry={scopeError.retry}
              />
            </div>
          ) : null}
          <GraphView
            data={data}
            visibility={visibility}
            layoutKey={ready ? scope!.key : null}
            layout={layout}
            onChangeLayout={(choice) => change({ layout: choice })}
            centreId={view.mode === 'control' ? null : view.focus}
            anchorId={view.expanded.at(-1) ?? view.focus}
            selectedId={view.selected?.id ?? null}
            highlighted={highlighted}
            designated={designated}
            labelMode={
              view.mode === 'sanctions' ? 'sanctions' : view.mode === 'money' ? 'money' : 'plain'
            }
            moneyTotals={moneyTotals}
            onDrawn={onDrawn}
            onSelectActor={selectActor}
            onSelectRelationship={(id) => {
              const rel = data.relationships.get(id);
              if (rel) selectRelationship(rel);
            }}
            onExpand={(id) => update((v) => toggleExpanded(v, id))}
            onClearSelection={() => change({ selected: null, traced: false })}
            onClearHighlight={() =>
              view.mode === 'sanctions' ? change({ traced: false }) : setPathHighlightOff(true)
            }
            toolbarStart={
              <>
                <FocusBar
                  focus={focusRef}
                  depth={view.depth}
                  showDepth={view.mode !== 'control'}
                  expanded={view.expanded.map((id) => ({ id, name: name(id)! }))}
                  loading={!!view.focus && scopeLoading}
                  onChangeDepth={(depth) => change({ depth })}
                  onShowWholeGraph={() => update(showWholeGraph)}
                  onCollapse={(id) => update((v) => toggleExpanded(v, id))}
                />
                <TimeSlider
                  year={view.year}
                  domain={domain}
                  onChange={(year) => change({ year })}
                />
                <OriginFilter value={origin} onChange={(choice) => change({ origin: choice })} />
              </>
            }
            aside={
              <Legend
                hiddenKinds={new Set(view.hiddenKinds)}
                onToggleKind={(kind) =>
                  change({ hiddenKinds: toggleIn(view.hiddenKinds, kind, ACTOR_KINDS) })
                }
                hiddenTypes={new Set(view.hiddenTypes)}
                onToggleType={(type) =>
                  change({ hiddenTypes: toggleIn(view.hiddenTypes, type, TYPE_ORDER) })
                }
                onShowAll={() => change({ hiddenKinds: [], hiddenTypes: [] })}
                authorities={designated.authorities}
              />
            }
            toolbarEnd={(getCy) => (
              <ExportMenu
                getCy={getCy}
                filter={viewExportFilter(view)}
                fileStem={fileStem('actor-network', view.mode, name(view.focus))}
              />
            )}
          />
        </div>
        <Sidebar
          view={view}
          update={update}
          data={data}
          documents={documents.state.status === 'ok' ? documents.state.data : undefined}
          paths={paths}
          pathFrom={ref(view.pathFrom)}
          pathTo={ref(view.pathTo)}
          onChangeEnd={setEnd}
          exposure={exposure}
          designations={designations}
          designated={designated}
          authorities={authorities}
          chain={chain}
          onRetryChain={() => scopeError?.retry()}
          moneyGraph={moneyGraph}
          selectedRelationship={selectedRelationship}
          selectActor={selectActor}
          selectRelationship={selectRelationship}
          openView={openView}
        />
      </main>
    </div>
  );
}
