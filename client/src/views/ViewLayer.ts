import type { ReactNode } from 'react';
import type { ScopeState } from '../app/useScope';
import type { NodeDecoration } from '../graph/decoration';
import type { GraphInput } from '../graph/elements';
import type { HighlightIds } from '../graph/highlight';
import type { TimeQuery } from '../state/timeRange';
import type { ViewState } from '../state/view';

/**
 * What a view adds to the shared explorer, from its own requests: made by
 * the view's hook (`views/<view>/use<View>View`), which App calls for every
 * view on every render (hooks cannot be conditional); only the active
 * view's layer is drawn, but every view's `loaded` graph is kept.
 */
export interface ViewLayer {
  /** Graph the view loaded beyond the scope (paths, exposure, money flows); null: none. */
  loaded: GraphInput | null;
  /** Drawn whatever the filters say while the view is active (the paths it highlights). */
  pinned: GraphInput | null;
  /** Elements to highlight while active; null: none. */
  highlighted: HighlightIds | null;
  /** What "Clear highlight" in the toolbar does. */
  clearHighlight: () => void;
  /** What its nodes show besides their names; null: names only. */
  decoration: NodeDecoration | null;
  /** False until the view can be laid out (money: until the sizes are known). */
  ready: boolean;
  /** Shown over the graph while active (a failed load of the view's own data). */
  notice: ReactNode;
  /** Its side panel, above the selected actor or relationship. */
  panel: ReactNode;
}

/** What a view's hook gets: the view state, the year to ask for, a way to change the state, the scope. */
export interface ViewInput {
  view: ViewState;
  /** The year paths, exposure and money are asked for (the slider's, once it rests); null: all dates or a range. */
  year: number | null;
  /** The time arguments to send, year or range (once the slider or brush rests). */
  time: TimeQuery;
  update: (change: (view: ViewState) => ViewState) => void;
  scope: ScopeState;
}

/** A layer with nothing of its own but `panel` (and whatever `overrides` says). */
export function layer(panel: ReactNode, overrides: Partial<ViewLayer> = {}): ViewLayer {
  return {
    loaded: null,
    pinned: null,
    highlighted: null,
    clearHighlight: () => {},
    decoration: null,
    ready: true,
    notice: null,
    ...overrides,
    panel,
  };
}

/** The actors and relationships of some paths, as one graph piece; null for none. */
export function pathsAsGraph(
  paths:
    readonly { actors: GraphInput['actors']; relationships: GraphInput['relationships'] }[] | null,
): GraphInput | null {
  return paths
    ? {
        actors: paths.flatMap((p) => p.actors),
        relationships: paths.flatMap((p) => p.relationships),
      }
    : null;
}
