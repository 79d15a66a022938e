import { ModeTabs } from '../components/ModeTabs/ModeTabs';
import { formatCount } from '../format/count';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { focusActor, switchMode } from '../state/view';
import { useExplorer } from './ExplorerContext';
import './TopBar.css';

export interface TopBarProps {
  /**
   * What the graph draws now (actors, relationships, groups), of how many
   * actors loaded, or around a focus of how many it reaches (`reachable`,
   * null without a focus); "(truncated)" when the server cut the graph.
   */
  counts: {
    nodes: number;
    edges: number;
    groups: number;
    actors: number;
    reachable: number | null;
    truncated: boolean;
  };
}

/** The title, the search (a pick becomes the focus), the view tabs and the counts. */
export function TopBar({ counts }: TopBarProps) {
  const { view, update } = useExplorer();
  return (
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
        {counts.reachable != null ? (
          <>
            {formatCount(counts.nodes)} actors
            {counts.groups
              ? ` + ${formatCount(counts.groups)} group${counts.groups === 1 ? '' : 's'}`
              : ''}{' '}
            drawn of {formatCount(counts.reachable)} reachable · {formatCount(counts.edges)}{' '}
            relationships · {formatCount(counts.actors)} actors loaded
          </>
        ) : (
          <>
            {counts.nodes} of {counts.actors} actors · {counts.edges} relationships
            {counts.truncated ? ' (truncated)' : ''}
          </>
        )}
      </p>
    </header>
  );
}
