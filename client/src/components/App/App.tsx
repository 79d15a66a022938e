import { useCallback, useMemo, useState } from 'react';
import {
  fetchDocuments,
  type PathResult,
  type RelationshipFields,
  type RelationType,
} from '../../api/api';
import { useAsync } from '../../hooks/useAsync';
import type { ActorRef, Selection } from '../../state/selection';
import { ActorPanel } from '../ActorPanel/ActorPanel';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { GraphView } from '../GraphView/GraphView';
import { Legend } from '../Legend/Legend';
import { PathFinder } from '../PathFinder/PathFinder';
import { DEFAULT_PATH_OPTIONS, pathHighlight, usePaths } from '../PathFinder/usePaths';
import { RelationshipPanel } from '../RelationshipPanel/RelationshipPanel';
import { SearchBox } from '../SearchBox/SearchBox';
import { useGraphData } from './useGraphData';

/** The explorer: search on top, the graph in the middle, details and paths on the side. */
export function App() {
  const graph = useGraphData();
  const { data, expand, add } = graph;
  const documents = useAsync('documents', fetchDocuments);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [pathFrom, setPathFrom] = useState<ActorRef | null>(null);
  const [pathTo, setPathTo] = useState<ActorRef | null>(null);
  const [pathOptions, setPathOptions] = useState(DEFAULT_PATH_OPTIONS);
  const [chosenPath, setChosenPath] = useState<number | null>(null);
  // What the graph highlights: the path finder's paths, an exposure's paths, or nothing.
  const [highlightSource, setHighlightSource] = useState<'paths' | 'exposure' | 'none'>('paths');
  const [exposurePaths, setExposurePaths] = useState<PathResult[]>([]);
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<RelationType>>(new Set());

  const addPaths = useCallback(
    (paths: PathResult[]) =>
      add({
        actors: paths.flatMap((p) => p.actors),
        relationships: paths.flatMap((p) => p.relationships),
      }),
    [add],
  );
  const paths = usePaths(pathFrom, pathTo, pathOptions, addPaths);
  const highlighted = useMemo(() => {
    if (highlightSource === 'exposure') return pathHighlight(exposurePaths, null);
    if (highlightSource === 'paths' && paths.state.status === 'ok') {
      return pathHighlight(paths.state.data, chosenPath);
    }
    return null;
  }, [highlightSource, exposurePaths, paths.state, chosenPath]);
  const documentsById = useMemo(
    () =>
      documents.state.status === 'ok'
        ? new Map(documents.state.data.map((d) => [d.id, d]))
        : undefined,
    [documents.state],
  );

  function selectActor(id: string) {
    setSelection({ kind: 'actor', id });
    if (!data.actors.has(id)) void expand(id);
  }
  function selectRelationship(relationship: RelationshipFields) {
    setSelection({ kind: 'relationship', relationship });
  }
  function setEnd(which: 'from' | 'to', actor: ActorRef | null) {
    (which === 'from' ? setPathFrom : setPathTo)(actor);
    setChosenPath(null);
    setHighlightSource('paths');
  }
  function showExposure(found: PathResult[]) {
    addPaths(found);
    setExposurePaths(found);
    setHighlightSource('exposure');
  }

  const selectedId =
    selection?.kind === 'actor' ? selection.id : (selection?.relationship.id ?? null);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Actor network explorer</h1>
        <SearchBox
          label="Search actors"
          hideLabel
          placeholder="Search actors: IRGC, Hezbollah, Shamkhani…"
          onSelect={(actor) => selectActor(actor.id)}
        />
        <p className="counts" aria-live="polite">
          {data.actors.size} actors · {data.relationships.size} relationships
          {graph.truncated ? ' (truncated)' : ''}
        </p>
      </header>
      <main className="workspace">
        <div className="graph-area">
          {graph.base.state.status === 'loading' ? (
            <p className="graph-status" role="status">
              Loading the graph…
            </p>
          ) : null}
          {graph.base.state.status === 'error' ? (
            <div className="graph-status">
              <ErrorBanner
                error={graph.base.state.error}
                context="Loading the graph"
                onRetry={graph.base.retry}
              />
            </div>
          ) : null}
          {graph.expansion ? (
            <div className="graph-notice">
              {graph.expansion.error ? (
                <ErrorBanner
                  error={graph.expansion.error}
                  context="Loading neighbours"
                  onRetry={() => void expand(graph.expansion!.id)}
                />
              ) : (
                <p role="status">Loading neighbours…</p>
              )}
            </div>
          ) : null}
          <GraphView
            data={data}
            selectedId={selectedId}
            highlighted={highlighted}
            onSelectActor={selectActor}
            onSelectRelationship={(id) => {
              const relationship = data.relationships.get(id);
              if (relationship) selectRelationship(relationship);
            }}
            onExpand={(id) => void expand(id)}
            onClearSelection={() => setSelection(null)}
            onClearHighlight={() => setHighlightSource('none')}
            hiddenTypes={hiddenTypes}
          />
          <Legend
            hiddenTypes={hiddenTypes}
            onToggleType={(type) =>
              setHiddenTypes((previous) => {
                const next = new Set(previous);
                if (!next.delete(type)) next.add(type);
                return next;
              })
            }
          />
        </div>
        <aside className="sidebar" aria-label="Details">
          <PathFinder
            from={pathFrom}
            to={pathTo}
            onChangeFrom={(actor) => setEnd('from', actor)}
            onChangeTo={(actor) => setEnd('to', actor)}
            options={pathOptions}
            onChangeOptions={(options) => {
              setPathOptions(options);
              setChosenPath(null);
              setHighlightSource('paths');
            }}
            state={paths.state}
            onRetry={paths.retry}
            chosen={chosenPath}
            onChoose={(index) => {
              setChosenPath(index);
              setHighlightSource('paths');
            }}
            onSelectActor={selectActor}
          />
          {selection?.kind === 'actor' ? (
            <ActorPanel
              key={selection.id}
              actorId={selection.id}
              documents={documentsById}
              onSelectActor={selectActor}
              onSelectRelationship={selectRelationship}
              onExpand={(id) => void expand(id)}
              onPathFrom={(actor) => setEnd('from', actor)}
              onPathTo={(actor) => setEnd('to', actor)}
              onShowPaths={showExposure}
              onClose={() => setSelection(null)}
            />
          ) : null}
          {selection?.kind === 'relationship' ? (
            <RelationshipPanel
              relationship={selection.relationship}
              documents={documentsById}
              onSelectActor={selectActor}
              onClose={() => setSelection(null)}
            />
          ) : null}
          {selection == null ? (
            <section className="panel intro">
              <h2>Who funds, commands, controls, supplies or sanctions whom</h2>
              <p>
                Search for an actor, or click one in the graph to see its relationships and the
                evidence for each. Double-click a node to bring in its neighbours; click a link to
                see why it is there.
              </p>
            </section>
          ) : null}
        </aside>
      </main>
    </div>
  );
}
