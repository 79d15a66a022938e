import { useMemo } from 'react';
import type {
  Exposure,
  MoneyGraph,
  PathResult,
  RelationshipFields,
  SourceDocument,
  Subgraph,
} from '../api/api';
import type { Authority, Designated } from '../graph/authorities';
import type { AsyncState } from '../hooks/useAsync';
import type { GraphData } from '../state/graphData';
import type { ActorRef } from '../state/selection';
import {
  effectiveLayout,
  focusActor,
  toggleExpanded,
  type Mode,
  type ViewState,
} from '../state/view';
import { ActorPanel } from '../components/ActorPanel/ActorPanel';
import { ControlPanel } from '../views/control/ControlPanel';
import { MODE_INFO } from '../components/ModeTabs/ModeTabs';
import { MoneyPanel } from '../views/money/MoneyPanel';
import { PathFinder } from '../views/paths/PathFinder';
import { RelationshipPanel } from '../components/RelationshipPanel/RelationshipPanel';
import { SanctionsPanel } from '../views/sanctions/SanctionsPanel';

type Load<T> = { state: AsyncState<T>; retry: () => void };

export interface SidebarProps {
  view: ViewState;
  update: (change: (view: ViewState) => ViewState) => void;
  data: GraphData;
  documents?: readonly SourceDocument[];
  paths: Load<PathResult[]>;
  pathFrom: ActorRef | null;
  pathTo: ActorRef | null;
  onChangeEnd: (which: 'from' | 'to', actor: ActorRef | null) => void;
  exposure: Load<Exposure>;
  designations: Load<RelationshipFields[]>;
  designated: Designated;
  authorities: ReadonlyMap<string, Authority>;
  chain: AsyncState<{ up: Subgraph; down: Subgraph }>;
  onRetryChain: () => void;
  moneyGraph: MoneyGraph | null;
  selectedRelationship: RelationshipFields | null;
  selectActor: (id: string) => void;
  selectRelationship: (relationship: RelationshipFields) => void;
  openView: (mode: Mode, id: string) => void;
}

/** The side panel: the view's own panel on top, then the selected actor or relationship. */
export function Sidebar(props: SidebarProps) {
  const { view, update, data, selectActor, selectRelationship } = props;
  const documents = useMemo(
    () => (props.documents ? new Map(props.documents.map((d) => [d.id, d])) : undefined),
    [props.documents],
  );
  const selectedActorId = view.selected?.kind === 'actor' ? view.selected.id : null;
  const named = (id: string | null) => (id ? { id, name: data.actors.get(id)?.name ?? id } : null);
  const change = (patch: Partial<ViewState>) => update((v) => ({ ...v, ...patch }));

  return (
    <aside className="sidebar" aria-label="Details">
      {view.mode === 'paths' ? (
        <PathFinder
          from={props.pathFrom}
          to={props.pathTo}
          onChangeFrom={(actor) => props.onChangeEnd('from', actor)}
          onChangeTo={(actor) => props.onChangeEnd('to', actor)}
          options={{
            maxHops: view.pathMaxHops,
            directed: view.pathDirected,
            types: view.pathTypes,
          }}
          onChangeOptions={(o) =>
            change({
              pathMaxHops: o.maxHops,
              pathDirected: o.directed,
              pathTypes: o.types,
              chosenPath: null,
            })
          }
          state={props.paths.state}
          onRetry={props.paths.retry}
          chosen={view.chosenPath}
          onChoose={(index) => change({ chosenPath: index })}
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
          documents={documents}
          year={view.year}
        />
      ) : null}
      {view.mode === 'sanctions' ? (
        <SanctionsPanel
          subject={named(selectedActorId)}
          exposure={props.exposure.state}
          onRetryExposure={props.exposure.retry}
          via={view.via}
          onChangeVia={(via) => change({ via })}
          traced={view.traced}
          onTrace={(traced) => change({ traced })}
          designations={props.designations.state}
          onRetryDesignations={props.designations.retry}
          designated={props.designated}
          year={view.year}
          documents={documents}
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
        />
      ) : null}
      {view.mode === 'money' ? (
        <MoneyPanel
          subject={named(selectedActorId ?? view.focus)}
          year={view.year}
          totals={
            props.moneyGraph?.actors.map((a) => ({ id: a.id, name: a.name, totals: a.totals })) ??
            []
          }
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
        />
      ) : null}
      {view.mode === 'control' ? (
        <ControlPanel
          actor={named(view.focus)}
          chain={props.chain}
          onRetry={props.onRetryChain}
          layout={effectiveLayout(view)}
          onChangeLayout={(layout) => change({ layout })}
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
        />
      ) : null}
      {selectedActorId ? (
        <ActorPanel
          key={selectedActorId}
          actorId={selectedActorId}
          documents={documents}
          authorities={props.authorities}
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
          onFocus={(id) => update((v) => focusActor(v, id))}
          expanded={view.expanded.includes(selectedActorId)}
          onToggleExpand={(id) => update((v) => toggleExpanded(v, id))}
          onPathFrom={(actor) => props.onChangeEnd('from', actor)}
          onPathTo={(actor) => props.onChangeEnd('to', actor)}
          onOpenView={props.openView}
          onClose={() => change({ selected: null, traced: false })}
        />
      ) : null}
      {props.selectedRelationship ? (
        <RelationshipPanel
          relationship={props.selectedRelationship}
          documents={documents}
          onSelectActor={selectActor}
          onClose={() => change({ selected: null })}
        />
      ) : null}
      {view.selected == null && view.mode === 'explore' ? (
        <section className="panel intro">
          <h2>Who funds, commands, controls, supplies or sanctions whom</h2>
          <p>
            Search for an actor to centre on it and its neighbours, or click one in the graph to
            read its relationships and the evidence for each. Double-click a node to bring in its
            neighbours (again to take them away); click a link to see why it is there.
          </p>
          <ul className="intro-modes">
            {(['paths', 'sanctions', 'money', 'control'] as const).map((mode) => (
              <li key={mode}>
                <button
                  type="button"
                  className="link"
                  onClick={() => update((v) => ({ ...v, mode }))}
                >
                  {MODE_INFO[mode].name}
                </button>
                : {MODE_INFO[mode].purpose.toLowerCase()}.
              </li>
            ))}
          </ul>
          <p className="muted">
            The legend filters actor kinds and link types; “As of” keeps the links valid in a year.
            The address bar always holds the current view: copy it to share exactly this.
          </p>
        </section>
      ) : null}
      {view.selected?.kind === 'relationship' && !props.selectedRelationship ? (
        <section className="panel">
          <p className="muted">The selected relationship is not loaded.</p>
        </section>
      ) : null}
    </aside>
  );
}
