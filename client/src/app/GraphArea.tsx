import { ACTOR_KINDS } from '@explorer/domain';
import { useMemo } from 'react';
import { ErrorBanner } from '../components/ErrorBanner/ErrorBanner';
import { ExportMenu } from '../components/ExportMenu/ExportMenu';
import { fileStem } from '../components/ExportMenu/saveFile';
import { FocusBar } from '../components/FocusBar/FocusBar';
import { GraphView, type DrawnCounts } from '../components/GraphView/GraphView';
import { Legend } from '../components/Legend/Legend';
import { OriginFilter } from '../components/OriginFilter/OriginFilter';
import { TimeSlider } from '../components/TimeSlider/TimeSlider';
import { TYPE_ORDER } from '../format/names';
import type { VisibilitySpec } from '../graph/visibility';
import { viewExportFilter } from '../state/exportFilter';
import { yearDomain } from '../state/validity';
import {
  effectiveLayout,
  setRange,
  setYear,
  showWholeGraph,
  toggleExpanded,
  toggleIn,
  type OriginChoice,
} from '../state/view';
import { VIEWS } from '../views/definitions';
import { RangeBadge } from '../views/timeline/RangeBadge';
import { UndatedToggle } from '../views/timeline/UndatedToggle';
import { GroupPanel } from '../views/explore/groups/GroupPanel';
import { withoutMemberExpansions } from '../views/explore/groups/groupState';
import type { GroupsState } from '../views/explore/groups/useGroups';
import type { ViewLayer } from '../views/ViewLayer';
import { useExplorer } from './ExplorerContext';
import type { useBaseGraph } from './useBaseGraph';
import type { ScopeState } from './useScope';
import './GraphArea.css';

export interface GraphAreaProps {
  base: ReturnType<typeof useBaseGraph>;
  scope: ScopeState;
  /** The groups drawn for the scope's crowds, and what is opened of them. */
  groups: GroupsState;
  /** The active view's layer: its highlight, decoration, notice. */
  layer: ViewLayer;
  visibility: VisibilitySpec;
  /** Null until the view can be laid out. */
  layoutKey: string | null;
  onDrawn: (counts: DrawnCounts) => void;
}

/** The graph with its toolbar (focus, year, origin, export), legend and status notices. */
export function GraphArea({
  base,
  scope,
  groups,
  layer,
  visibility,
  layoutKey,
  onDrawn,
}: GraphAreaProps) {
  const { view, update, change, data, designated, named, selectActor, selectRelationship } =
    useExplorer();
  const definition = VIEWS[view.mode];
  const years = useMemo(() => yearDomain(data.relationships.values()), [data.relationships]);
  const origin: OriginChoice = base.origin;
  const focus = named(view.focus);
  return (
    <div className="graph-area">
      {base.base.state.status === 'loading' || !base.known ? (
        <p className="graph-status" role="status">
          Loading the graph…
        </p>
      ) : null}
      {base.base.state.status === 'error' ? (
        <div className="graph-status">
          <ErrorBanner
            error={base.base.state.error}
            context="Loading the graph"
            onRetry={base.base.retry}
          />
        </div>
      ) : null}
      {base.truncated && !view.focus && base.graph ? (
        <div className="graph-notice" role="status" data-testid="truncated-notice">
          <p>
            Showing the first {base.graph.relationships.length} of more relationships — narrow the
            filters (origin, year) or focus an actor.
          </p>
        </div>
      ) : null}
      {layer.notice}
      {scope.error ? (
        <div className="graph-notice">
          <ErrorBanner
            error={scope.error.error}
            context={
              definition.scope === 'chain' ? 'Loading the control chain' : 'Loading neighbours'
            }
            onRetry={scope.error.retry}
          />
        </div>
      ) : null}
      {groups.active ? (
        <GroupPanel
          // A fresh panel (and search box) per group.
          key={groups.active.group.id}
          group={groups.active.group}
          opened={groups.active.opened}
          onOpen={() => groups.activate(groups.active!.group.id)}
          onMore={() => groups.more(groups.active!.group.id)}
          onSearch={(query) => groups.search(groups.active!.group.id, query)}
          onCollapse={() => {
            const id = groups.active!.group.id;
            update((v) => withoutMemberExpansions(v, groups.openings, id));
            groups.collapse(id);
          }}
          onClose={groups.dismiss}
        />
      ) : null}
      <GraphView
        data={data}
        extraElements={groups.elements}
        onOpenGroup={groups.activate}
        visibility={visibility}
        layoutKey={layoutKey}
        layout={effectiveLayout(view)}
        onChangeLayout={(choice) => change({ layout: choice })}
        centreId={definition.centreOnFocus ? view.focus : null}
        anchorId={view.expanded.at(-1) ?? view.focus}
        selectedId={view.selected?.id ?? null}
        highlighted={layer.highlighted}
        designated={designated}
        decoration={layer.decoration}
        onDrawn={onDrawn}
        onSelectActor={selectActor}
        onSelectRelationship={(id) => {
          const rel = data.relationships.get(id);
          if (rel) selectRelationship(rel);
        }}
        onExpand={(id) => update((v) => toggleExpanded(v, id))}
        onClearSelection={() => change({ selected: null, traced: false })}
        onClearHighlight={layer.clearHighlight}
        toolbarStart={
          <>
            <FocusBar
              focus={focus}
              depth={view.depth}
              showDepth={definition.scope === 'neighbourhood'}
              expanded={view.expanded.map((id) => named(id)!)}
              loading={!!view.focus && scope.loading}
              onChangeDepth={(depth) => change({ depth })}
              onShowWholeGraph={() => update(showWholeGraph)}
              onCollapse={(id) => update((v) => toggleExpanded(v, id))}
            />
            <TimeSlider
              year={view.year}
              domain={years}
              onChange={(year) => update((v) => setYear(v, year))}
            />
            {view.range ? (
              <RangeBadge range={view.range} onClear={() => update((v) => setRange(v, null))} />
            ) : null}
            {view.year != null || view.range ? (
              <UndatedToggle
                checked={view.includeUndated}
                onChange={(includeUndated) => change({ includeUndated })}
              />
            ) : null}
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
            fileStem={fileStem('actor-network', view.mode, focus?.name ?? null)}
          />
        )}
      />
    </div>
  );
}
