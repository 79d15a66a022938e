import type { ElementDefinition } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import { fetchGroupMembers, type ActorGroup } from '../../../api/api';
import type { Scope, ScopeState } from '../../../app/useScope';
import type { GraphInput } from '../../../graph/elements';
import { groupElements } from '../../../graph/groups';
import { groupsOf, reachableCount, withGroups } from './groupScope';
import {
  collapseGroup,
  morePages,
  NO_OPENINGS,
  openedCount,
  openedMembers,
  openGroup,
  pageFailed,
  pageReceived,
  type GroupOpenings,
  type OpenedGroup,
  type PageRequest,
} from './groupState';

/** Members asked for at a time: a page that one look can take in, well under the 80 drawn a focus aims at. */
export const GROUP_PAGE_SIZE = 25;

/** The groups of the view and what the user opened of them (see `useGroups`). */
export interface GroupsState {
  /** The groups the scope's neighbourhoods returned. */
  groups: readonly ActorGroup[];
  openings: GroupOpenings;
  /** A node and a link per group, for the graph. */
  elements: readonly ElementDefinition[];
  /** The scope's subgraphs followed by the opened groups' members, to merge into the graph. */
  subgraphs: readonly GraphInput[];
  /** The scope with the groups and the opened members in it. */
  scope: Scope | null;
  /** Actors reachable in the focus's scope (see `reachableCount`); null: the whole graph. */
  reachable: number | null;
  /** The group whose panel is shown, and what is opened of it. */
  active: { group: ActorGroup; opened: OpenedGroup | null } | null;
  /** A tap on a group's node: shows its panel, and opens it on its first page if closed. */
  activate: (id: string) => void;
  more: (id: string) => void;
  search: (id: string, query: string) => void;
  collapse: (id: string) => void;
  dismiss: () => void;
}

/**
 * The groups standing for the crowds of the view's neighbourhoods, drawn as
 * one node each, and opened on demand: a page of members at a time, or a
 * search within; any opened group collapses back to its node. What was
 * opened stays opened while its group is in the scope (it is not in the URL).
 */
export function useGroups(scope: ScopeState, focused: boolean): GroupsState {
  const [openings, setOpenings] = useState<GroupOpenings>(NO_OPENINGS);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The openings as last committed, for the callbacks: each change (a
  // request, an answer) follows from the one before, never from a stale render.
  const latest = useRef(openings);
  const commit = useCallback((next: GroupOpenings) => {
    latest.current = next;
    setOpenings(next);
  }, []);

  // `scope.parts` is a new array on every render; what it holds changes only
  // when a request or its status does (answers are cached by key). Keyed so,
  // the groups (and the graph's elements) keep their identity between renders
  // and the graph is not redrawn on every one.
  const partsKey = scope.parts.map((p) => `${p.request.key}\u0000${p.state.status}`).join('\u0001');
  const parts = useMemo(
    () => scope.parts.map(({ state }) => (state.status === 'ok' ? state.data : null)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [partsKey],
  );
  const groups = useMemo(() => groupsOf(parts), [parts]);

  const send = useCallback(
    (next: GroupOpenings, request: PageRequest) => {
      commit(next);
      fetchGroupMembers({
        id: request.id,
        first: GROUP_PAGE_SIZE,
        after: request.after,
        query: request.query,
      }).then(
        (page) => commit(pageReceived(latest.current, request, page)),
        (error: unknown) => commit(pageFailed(latest.current, request, error)),
      );
    },
    [commit],
  );

  const open = useCallback(
    (id: string, query: string | null) => {
      const { openings: next, request } = openGroup(latest.current, id, query);
      send(next, request);
    },
    [send],
  );
  const activate = useCallback(
    (id: string) => {
      setActiveId(id);
      if (!latest.current.has(id)) open(id, null);
    },
    [open],
  );
  const more = useCallback(
    (id: string) => {
      const step = morePages(latest.current, id);
      if (step) send(step.openings, step.request);
    },
    [send],
  );
  const search = useCallback((id: string, query: string) => open(id, query), [open]);
  const collapse = useCallback((id: string) => commit(collapseGroup(latest.current, id)), [commit]);
  const dismiss = useCallback(() => setActiveId(null), []);

  const elements = useMemo(
    () =>
      groupElements(
        groups.map((group) => {
          const opened = openings.get(group.id);
          return { group, drawn: opened ? openedCount(opened) : null };
        }),
      ),
    [groups, openings],
  );
  const subgraphs = useMemo(() => {
    const members = groups.flatMap((g) => {
      const opened = openings.get(g.id);
      return opened ? [openedMembers(opened)] : [];
    });
    return members.length ? [...scope.subgraphs, ...members] : scope.subgraphs;
  }, [groups, openings, scope.subgraphs]);
  const grouped = useMemo(
    () => withGroups(scope.scope, groups, openings),
    [scope.scope, groups, openings],
  );
  const reachable = useMemo(() => (focused ? reachableCount(parts) : null), [focused, parts]);
  const activeGroup = groups.find((g) => g.id === activeId) ?? null;

  return {
    groups,
    openings,
    elements,
    subgraphs,
    scope: grouped,
    reachable,
    active: activeGroup
      ? { group: activeGroup, opened: openings.get(activeGroup.id) ?? null }
      : null,
    activate,
    more,
    search,
    collapse,
    dismiss,
  };
}
