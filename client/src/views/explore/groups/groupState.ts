import type { GroupMembersPage } from '../../../api/api';
import type { GraphInput } from '../../../graph/elements';

/** What the user opened of one group: its pages so far, or one search's answer. */
export interface OpenedGroup {
  /** The search within the group; null: its members page by page. */
  query: string | null;
  /** Pages received, in order (a search has one). */
  pages: readonly GroupMembersPage[];
  /** The page asked for and not answered yet (`after`: null for the first); null: none. */
  pending: { after: string | null } | null;
  /** The last request's failure, until the next one. */
  error: unknown;
}

/** Opened groups by group id; a group absent here is closed (drawn as its one node). */
export type GroupOpenings = ReadonlyMap<string, OpenedGroup>;

export const NO_OPENINGS: GroupOpenings = new Map();

/** What to ask the API for next: the group, the search and the cursor. */
export interface PageRequest {
  id: string;
  query: string | null;
  after: string | null;
}

/**
 * Opens `id` on its first page, or with `query` on the members matching it;
 * anything it held before goes (a new search replaces the old one's answer).
 */
export function openGroup(
  openings: GroupOpenings,
  id: string,
  query: string | null = null,
): { openings: GroupOpenings; request: PageRequest } {
  const q = query?.trim() ? query.trim() : null;
  const next = new Map(openings).set(id, {
    query: q,
    pages: [],
    pending: { after: null },
    error: null,
  });
  return { openings: next, request: { id, query: q, after: null } };
}

/**
 * Asks for the page after the last one of an opened group; null when there is
 * none (closed, a search, the last page reached, or a page already on its way).
 */
export function morePages(
  openings: GroupOpenings,
  id: string,
): { openings: GroupOpenings; request: PageRequest } | null {
  const opened = openings.get(id);
  const after = opened ? nextCursor(opened) : null;
  if (!opened || after == null || opened.pending) return null;
  const next = new Map(openings).set(id, { ...opened, pending: { after }, error: null });
  return { openings: next, request: { id, query: opened.query, after } };
}

/**
 * Files the answer to `request`. An answer nobody waits for any more (the
 * group closed, searched anew, or asked again) is dropped: `openings` comes back as is.
 */
export function pageReceived(
  openings: GroupOpenings,
  request: PageRequest,
  page: GroupMembersPage,
): GroupOpenings {
  const opened = openings.get(request.id);
  if (!isAwaited(opened, request)) return openings;
  return new Map(openings).set(request.id, {
    ...opened,
    pages: [...opened.pages, page],
    pending: null,
  });
}

/** Files the failure of `request` (dropped, like a late page, when nobody waits for it). */
export function pageFailed(
  openings: GroupOpenings,
  request: PageRequest,
  error: unknown,
): GroupOpenings {
  const opened = openings.get(request.id);
  if (!isAwaited(opened, request)) return openings;
  return new Map(openings).set(request.id, { ...opened, pending: null, error });
}

/**
 * The view without the expansions of `id`'s opened members: collapsing a
 * group takes back what was brought in through it too, so it is one node again.
 */
export function withoutMemberExpansions<V extends { expanded: readonly string[] }>(
  view: V,
  openings: GroupOpenings,
  id: string,
): V {
  const opened = openings.get(id);
  if (!opened) return view;
  const members = new Set(openedMembers(opened).actors.map((a) => a.id));
  const expanded = view.expanded.filter((x) => !members.has(x));
  return expanded.length === view.expanded.length ? view : { ...view, expanded };
}

/** Closes `id`: its members go, the group is one node again. */
export function collapseGroup(openings: GroupOpenings, id: string): GroupOpenings {
  if (!openings.has(id)) return openings;
  const next = new Map(openings);
  next.delete(id);
  return next;
}

/** The cursor of the next page; null for a search or after the last page. */
export function nextCursor(opened: OpenedGroup): string | null {
  const last = opened.pages.at(-1);
  if (opened.query != null || !last?.pageInfo.hasNextPage) return null;
  return last.pageInfo.endCursor ?? null;
}

/** The members drawn of an opened group, with the links that make them members. */
export function openedMembers(opened: OpenedGroup): GraphInput {
  return {
    actors: opened.pages.flatMap((p) => p.actors),
    relationships: opened.pages.flatMap((p) => p.relationships),
  };
}

/** How many members an opened group draws (distinct actors over its pages). */
export function openedCount(opened: OpenedGroup): number {
  return new Set(opened.pages.flatMap((p) => p.actors.map((a) => a.id))).size;
}

function isAwaited(opened: OpenedGroup | undefined, request: PageRequest): opened is OpenedGroup {
  return (
    !!opened &&
    opened.query === request.query &&
    opened.pending != null &&
    opened.pending.after === request.after
  );
}
