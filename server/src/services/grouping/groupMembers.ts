import type { Actor, Relationship } from '@explorer/domain';
import { compareMatches } from '@explorer/domain';
import { scoreActor } from '../../search/actorKeys';
import type { GraphStore } from '../../store/GraphStore';
import type { ActorGroup } from './groupedNeighborhood';

/** Most members a search within a group reads (a group larger than this is searched in its first ones). */
export const MAX_GROUP_SEARCH = 20_000;

export interface GroupMembers {
  /** The members of this page, with the links that make them members. */
  actors: Actor[];
  relationships: Relationship[];
  /** The cursor of the last link of the page (pass as `after`), or null at the end. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * One page of a group's members, in the order of their links' ids; with
 * `text`, the members whose names match it, best first (up to `first`).
 */
export async function groupMembers(
  store: GraphStore,
  group: Pick<ActorGroup, 'actor' | 'type' | 'direction' | 'kind' | 'when'>,
  page: { first: number; after?: string; text?: string },
): Promise<GroupMembers> {
  const only = {
    actor: group.actor,
    type: group.type,
    direction: group.direction,
    kind: group.kind,
  };
  const other = (r: Relationship) => (r.source === group.actor ? r.target : r.source);
  if (page.text === undefined || page.text.trim() === '') {
    const links = await store.linksOf([group.actor], {
      only,
      when: group.when,
      after: page.after,
      limit: page.first + 1,
    });
    const kept = links.slice(0, page.first);
    return {
      actors: await store.getActors(kept.map(other)),
      relationships: kept,
      endCursor: kept.at(-1)?.id ?? null,
      hasNextPage: links.length > page.first,
    };
  }
  const links = await store.linksOf([group.actor], {
    only,
    when: group.when,
    limit: MAX_GROUP_SEARCH,
  });
  const byMember = new Map(links.map((r) => [other(r), r] as const));
  const best = (await store.getActors([...byMember.keys()]))
    .map((actor) => ({ actor, score: scoreActor(actor, page.text!) }))
    .filter((m) => m.score > 0)
    .sort(compareMatches)
    .slice(0, page.first)
    .map((m) => m.actor);
  return {
    actors: best,
    relationships: best.map((a) => byMember.get(a.id)!),
    endCursor: null,
    hasNextPage: false,
  };
}
