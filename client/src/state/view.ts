import { API_BOUNDS } from '@explorer/domain';
import { VIEWS } from '../views/definitions';
import type { ActorKind, RelationType } from '../api/api';
import type { TimeRange } from './timeRange';

/**
 * What the explorer shows. Everything here is in the URL (see `urlState`),
 * so a pasted link reproduces the view.
 */
export type Mode = 'explore' | 'paths' | 'sanctions' | 'money' | 'control' | 'timeline';

export const MODES: readonly Mode[] = [
  'explore',
  'paths',
  'sanctions',
  'money',
  'control',
  'timeline',
];

/** `force` is fcose; `hierarchy` lays command, control and membership out top-down. */
export type LayoutChoice = 'force' | 'hierarchy';

export type Depth = 1 | 2 | 3;

/** Which facts the whole graph draws: curated by hand, imported from sanctions lists, or both. */
export type OriginChoice = 'curated' | 'imported' | 'both';

export const ORIGIN_CHOICES: readonly OriginChoice[] = ['curated', 'imported', 'both'];

/**
 * The origin the view uses: the one chosen, else Curated when the store holds
 * imported data (thousands of actors), Both when it holds none (or it is not
 * known yet).
 */
export function effectiveOrigin(
  chosen: OriginChoice | null,
  hasImported: boolean | null,
): OriginChoice {
  return chosen ?? (hasImported ? 'curated' : 'both');
}

/** What the side panel shows: an actor or a relationship, by id. */
export type Selected = { kind: 'actor'; id: string } | { kind: 'relationship'; id: string };

export interface ViewState {
  mode: Mode;
  /** The actor the view centres on; null shows the whole graph. */
  focus: string | null;
  /** How many hops around the focus to show (1–3). */
  depth: Depth;
  /** Actors whose neighbours were brought in, in the order they were expanded. */
  expanded: readonly string[];
  selected: Selected | null;
  /** Actor kinds and relationship types switched off in the legend. */
  hiddenKinds: readonly ActorKind[];
  hiddenTypes: readonly RelationType[];
  /** Show only relationships valid in this year; null: all dates (or `range`). */
  year: number | null;
  /** Show only relationships valid at some time in this range (the timeline's brush); excludes `year`. */
  range: TimeRange | null;
  /** With a year or range, also show what the sources do not date for it (drawn faint and dashed). */
  includeUndated: boolean;
  /** Layout; null: the mode's own (hierarchy for control, force otherwise). */
  layout: LayoutChoice | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** Follow relationships source → target only. */
  pathDirected: boolean;
  /** Longest path searched, 1–8. */
  pathMaxHops: number;
  /** Relationship types paths may use; null: all. */
  pathTypes: readonly RelationType[] | null;
  /** The one path highlighted, by index; null: all shortest. */
  chosenPath: number | null;
  /** Relationship types that count towards sanctions exposure; null: the server's default. */
  via: readonly RelationType[] | null;
  /** Highlight the exposure paths of the selected actor (sanctions view). */
  traced: boolean;
  /** Curated, imported or both; null: the default (see `effectiveOrigin`). */
  origin: OriginChoice | null;
}

export const DEFAULT_VIEW: ViewState = {
  mode: 'explore',
  focus: null,
  depth: API_BOUNDS.Query.neighborhood.depth.default as Depth,
  expanded: [],
  selected: null,
  hiddenKinds: [],
  hiddenTypes: [],
  year: null,
  range: null,
  includeUndated: false,
  layout: null,
  pathFrom: null,
  pathTo: null,
  pathDirected: false,
  pathMaxHops: API_BOUNDS.Query.paths.maxHops.default,
  pathTypes: null,
  chosenPath: null,
  via: null,
  traced: false,
  origin: null,
};

/** The layout in use: the one chosen, else the view's own (top-down for control chains, force elsewhere). */
export function effectiveLayout(view: Pick<ViewState, 'mode' | 'layout'>): LayoutChoice {
  return view.layout ?? VIEWS[view.mode].layout;
}

/** Centre on `id`: its neighbourhood at the current depth, selected, expansions cleared. */
export function focusActor(view: ViewState, id: string): ViewState {
  return { ...view, focus: id, expanded: [], selected: { kind: 'actor', id }, traced: false };
}

/** Back to the whole graph; the selection stays. */
export function showWholeGraph(view: ViewState): ViewState {
  return { ...view, focus: null, expanded: [] };
}

/** Expands `id` if it is not expanded, collapses it if it is. */
export function toggleExpanded(view: ViewState, id: string): ViewState {
  const expanded = view.expanded.includes(id)
    ? view.expanded.filter((x) => x !== id)
    : [...view.expanded, id];
  return { ...view, expanded };
}

/** `list` with `item` removed if present, added (in `order`) if not. */
export function toggleIn<T>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (!set.delete(item)) set.add(item);
  return order.filter((x) => set.has(x));
}

/** Sets one end of the path search and switches to the paths view. */
export function setPathEnd(view: ViewState, which: 'from' | 'to', id: string | null): ViewState {
  return {
    ...view,
    mode: 'paths',
    [which === 'from' ? 'pathFrom' : 'pathTo']: id,
    chosenPath: null,
  };
}

/** Filters to a range (null: all dates); a range replaces the "as of" year. */
export function setRange(view: ViewState, range: TimeRange | null): ViewState {
  return { ...view, range, year: range ? null : view.year };
}

/** Filters to one year (null: all dates); a year replaces the range. */
export function setYear(view: ViewState, year: number | null): ViewState {
  return { ...view, year, range: year != null ? null : view.range };
}

/** Switches view; a control chain needs an actor, so the selected one becomes the focus. */
export function switchMode(view: ViewState, mode: Mode): ViewState {
  const next: ViewState = { ...view, mode, layout: null };
  if (VIEWS[mode].scope === 'chain' && view.selected?.kind === 'actor')
    next.focus = view.selected.id;
  return next;
}

/** Opens a view on an actor from a panel: selected, and whatever the view opens with (see `openWith`). */
export function openView(view: ViewState, mode: Mode, id: string): ViewState {
  return {
    ...switchMode({ ...view, selected: { kind: 'actor', id } }, mode),
    ...VIEWS[mode].openWith,
  };
}
