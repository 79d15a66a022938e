import type { ActorKind, RelationType } from '../api/api';
import { ACTOR_KINDS, API_BOUNDS } from '@explorer/domain';
import { TYPE_ORDER } from '../format/names';
import {
  DEFAULT_VIEW,
  MODES,
  ORIGIN_CHOICES,
  type Depth,
  type Mode,
  type OriginChoice,
  type ViewState,
} from './view';
import { readRange } from './timeRange';

const DEPTH = API_BOUNDS.Query.neighborhood.depth;
const HOPS = API_BOUNDS.Query.paths.maxHops;

/**
 * The view in a query string and back: `?mode=paths&focus=hezbollah&depth=2`.
 * Only what differs from `DEFAULT_VIEW` is written; anything unreadable
 * (an unknown kind, a depth of 9) falls back to the default, never throws.
 *
 * | key         | meaning                                     |
 * | ----------- | ------------------------------------------- |
 * | mode        | explore, paths, sanctions, money, control,  |
 * |             | timeline                                    |
 * | focus       | focused actor id                            |
 * | depth       | 1–3 hops around the focus                   |
 * | expand      | expanded actor ids, comma-separated         |
 * | sel         | `a:<actor id>` or `r:<relationship id>`     |
 * | hideKinds   | actor kinds switched off                    |
 * | hideTypes   | relationship types switched off             |
 * | year        | only relationships valid in that year       |
 * | timeFrom    | range start (partial ISO date; the brush)   |
 * | timeTo      | range end (partial ISO date)                |
 * | undated     | 1: also what the sources do not date        |
 * | layout      | force or hierarchy                          |
 * | from, to    | path ends                                   |
 * | directed    | 1: paths follow arrows                      |
 * | hops        | longest path searched (1–8)                 |
 * | pathTypes   | types paths may use                         |
 * | path        | index of the one highlighted path           |
 * | via         | types that count for sanctions exposure     |
 * | trace       | 1: exposure paths highlighted               |
 * | origin      | curated, imported or both (absent: default) |
 */
export function toSearch(view: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (view.mode !== d.mode) p.set('mode', view.mode);
  if (view.focus) p.set('focus', view.focus);
  if (view.depth !== d.depth) p.set('depth', String(view.depth));
  if (view.expanded.length) p.set('expand', view.expanded.join(','));
  if (view.selected)
    p.set('sel', `${view.selected.kind === 'actor' ? 'a' : 'r'}:${view.selected.id}`);
  if (view.hiddenKinds.length) p.set('hideKinds', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length) p.set('hideTypes', view.hiddenTypes.join(','));
  if (view.year != null) p.set('year', String(view.year));
  // Not `from`/`to`: those name the path ends, and old links must keep working.
  if (view.range?.from) p.set('timeFrom', view.range.from);
  if (view.range?.to) p.set('timeTo', view.range.to);
  if (view.includeUndated) p.set('undated', '1');
  if (view.layout) p.set('layout', view.layout);
  if (view.pathFrom) p.set('from', view.pathFrom);
  if (view.pathTo) p.set('to', view.pathTo);
  if (view.pathDirected) p.set('directed', '1');
  if (view.pathMaxHops !== d.pathMaxHops) p.set('hops', String(view.pathMaxHops));
  if (view.pathTypes) p.set('pathTypes', view.pathTypes.join(','));
  if (view.chosenPath != null) p.set('path', String(view.chosenPath));
  if (view.via) p.set('via', view.via.join(','));
  if (view.traced) p.set('trace', '1');
  if (view.origin) p.set('origin', view.origin);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** The view a query string describes (with or without the leading "?"). */
export function fromSearch(search: string): ViewState {
  const p = new URLSearchParams(search);
  const d = DEFAULT_VIEW;
  const text = (key: string) => {
    const value = p.get(key)?.trim();
    return value ? value : null;
  };
  const int = (key: string, min: number, max: number) => {
    const value = Number(text(key));
    return Number.isInteger(value) && value >= min && value <= max && text(key) ? value : null;
  };
  const ids = (key: string) =>
    (text(key) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const mode = text('mode');
  const sel = /^([ar]):(.+)$/.exec(text('sel') ?? '');
  const layout = text('layout');
  const origin = text('origin')?.toLowerCase();
  const range = readRange(text('timeFrom'), text('timeTo'));
  return {
    mode: MODES.includes(mode as Mode) ? (mode as Mode) : d.mode,
    focus: text('focus'),
    depth: (int('depth', DEPTH.min, DEPTH.max) ?? d.depth) as Depth,
    expanded: [...new Set(ids('expand'))],
    selected: sel ? { kind: sel[1] === 'a' ? 'actor' : 'relationship', id: sel[2]! } : null,
    hiddenKinds: known(ids('hideKinds'), ACTOR_KINDS),
    hiddenTypes: known(ids('hideTypes'), TYPE_ORDER),
    // A range and a year exclude each other (as in the API): the range wins.
    year: range ? null : int('year', 1000, 9999),
    range,
    includeUndated: text('undated') === '1',
    layout: layout === 'force' || layout === 'hierarchy' ? layout : null,
    pathFrom: text('from'),
    pathTo: text('to'),
    pathDirected: text('directed') === '1',
    pathMaxHops: int('hops', HOPS.min, HOPS.max) ?? d.pathMaxHops,
    pathTypes: p.has('pathTypes') ? known(ids('pathTypes'), TYPE_ORDER) : null,
    chosenPath: int('path', 0, API_BOUNDS.Query.paths.first.max - 1),
    via: p.has('via') ? known(ids('via'), TYPE_ORDER) : null,
    traced: text('trace') === '1',
    origin: ORIGIN_CHOICES.includes(origin as OriginChoice) ? (origin as OriginChoice) : null,
  };
}

/** The known values among `items`, upper-cased, in `order`. */
function known<T extends ActorKind | RelationType>(items: string[], order: readonly T[]): T[] {
  const upper = new Set(items.map((x) => x.toUpperCase()));
  return order.filter((x) => upper.has(x));
}
