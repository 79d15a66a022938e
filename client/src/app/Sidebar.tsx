import type { ReactNode } from 'react';
import { ActorPanel } from '../components/ActorPanel/ActorPanel';
import { RelationshipPanel } from '../components/RelationshipPanel/RelationshipPanel';
import { focusActor, toggleExpanded } from '../state/view';
import { useExplorer } from './ExplorerContext';
import './Sidebar.css';

/** The side panel: the active view's own panel on top, then the selected actor or relationship. */
export function Sidebar({ viewPanel }: { viewPanel: ReactNode }) {
  const explorer = useExplorer();
  const { view, update, change, documents, selectActor, selectRelationship } = explorer;
  const selectedActorId = view.selected?.kind === 'actor' ? view.selected.id : null;
  const relationship = explorer.selectedRelationship;
  return (
    <aside className="sidebar" aria-label="Details">
      {viewPanel}
      {selectedActorId ? (
        <ActorPanel
          key={selectedActorId}
          actorId={selectedActorId}
          documents={documents}
          authorities={explorer.authorities}
          onSelectActor={selectActor}
          onSelectRelationship={selectRelationship}
          onFocus={(id) => update((v) => focusActor(v, id))}
          expanded={view.expanded.includes(selectedActorId)}
          onToggleExpand={(id) => update((v) => toggleExpanded(v, id))}
          onPathFrom={(actor) => explorer.setPathEnd('from', actor)}
          onPathTo={(actor) => explorer.setPathEnd('to', actor)}
          onOpenView={explorer.openView}
          onClose={() => change({ selected: null, traced: false })}
        />
      ) : null}
      {relationship ? (
        <RelationshipPanel
          relationship={relationship}
          documents={documents}
          onSelectActor={selectActor}
          onClose={() => change({ selected: null })}
        />
      ) : null}
      {view.selected?.kind === 'relationship' && !relationship ? (
        <section className="panel">
          <p className="muted">The selected relationship is not loaded.</p>
        </section>
      ) : null}
    </aside>
  );
}
