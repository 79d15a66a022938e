import type { ActorKind, Relationship, RelationType, TimeWindow } from '@explorer/domain';
import { compareStrings, isPartialDate } from '@explorer/domain';
import { ActorNotFoundError } from '../../errors/DomainError';
import type { GraphStore, LinkGroupKey, Subgraph } from '../../store/GraphStore';

/**
 * A neighbourhood that stays readable next to hubs. Ring by ring, each
 * actor's links are counted by (type, direction, neighbour kind) first
 * (GraphStore.linkSummary); a group larger than the threshold (214 vessels
 * associated with one company) becomes one ActorGroup instead of 214
 * actors, and the walk does not go on through its members. Everything else
 * is walked as the plain neighbourhood is: every actor within `depth` hops,
 * every relationship among them, cut to `limit` by the same rule (farther
 * endpoint's distance, nearer endpoint's distance, id). With no group
 * formed the answer is the store's own neighbourhood (a test holds them
 * equal). Nothing of a group's members is read until it is opened
 * (`groupMembers`).
 */

export interface ActorGroup extends LinkGroupKey {
  /** Opaque; `Query.group(id)` opens it. */
  id: string;
  /** Members: the anchor's links of this type, direction and neighbour kind. */
  count: number;
  /** The time window the neighbourhood was asked for: its members are counted and listed in it. */
  when?: TimeWindow;
}

export interface GroupedSubgraph extends Subgraph {
  groups: ActorGroup[];
}

export interface GroupedQuery {
  depth: number;
  limit: number;
  /** A link group with more members than this becomes one node; at least 1. */
  groupAbove: number;
  types?: readonly RelationType[];
  when?: TimeWindow;
}

/** Most links one ring reads; past it the walk stops there and says it is truncated. */
export const MAX_RING_LINKS = 20_000;

export async function groupedNeighborhood(
  store: GraphStore,
  centre: string,
  query: GroupedQuery,
): Promise<GroupedSubgraph> {
  const [found] = await store.getActors([centre]);
  if (!found) throw new ActorNotFoundError('neighborhood', centre);
  const filter = { types: query.types, when: query.when };
  const distance = new Map<string, number>([[centre, 0]]);
  const groups: ActorGroup[] = [];
  let frontier = [centre];
  let cut = false;
  for (let ring = 0; ring < query.depth && frontier.length > 0; ring++) {
    const summary = await store.linkSummary(frontier, filter);
    const big = summary.filter((c) => c.count > query.groupAbove);
    for (const c of big) {
      groups.push({
        ...c,
        id: encodeGroupId(c, query.when),
        ...(query.when ? { when: query.when } : {}),
      });
    }
    const small = summary.reduce((n, c) => (c.count > query.groupAbove ? n : n + c.count), 0);
    if (small > MAX_RING_LINKS) {
      cut = true;
      break;
    }
    const links = await store.linksOf(frontier, { ...filter, skip: big, limit: small + 1 });
    const next: string[] = [];
    for (const rel of links) {
      for (const end of [rel.source, rel.target]) {
        if (distance.has(end)) continue;
        distance.set(end, ring + 1);
        next.push(end);
      }
    }
    frontier = next;
  }
  // Every relationship among the actors reached (links closing the rings too).
  const reached = [...distance.keys()];
  const among = await store.relationshipsAmong(reached, { ...filter, limit: MAX_RING_LINKS + 1 });
  if (among.length > MAX_RING_LINKS) cut = true;
  const ordered = among.slice(0, MAX_RING_LINKS).sort(byNearest(distance));
  const kept = ordered.slice(0, query.limit);
  const truncated = cut || ordered.length > query.limit;
  const ids = new Set<string>([centre]);
  for (const rel of kept) ids.add(rel.source).add(rel.target);
  const actors = await store.getActors([...ids].sort(compareStrings));
  return {
    actors,
    relationships: kept.sort((a, b) => compareStrings(a.id, b.id)),
    truncated,
    // Groups hang from drawn actors only.
    groups: groups.filter((g) => ids.has(g.actor)),
  };
}

/** The neighbourhood cut order: farther endpoint's distance, nearer endpoint's, then id. */
function byNearest(distance: ReadonlyMap<string, number>) {
  const key = (r: Relationship) => {
    const a = distance.get(r.source)!;
    const b = distance.get(r.target)!;
    return [Math.max(a, b), Math.min(a, b)] as const;
  };
  return (x: Relationship, y: Relationship): number => {
    const [xf, xn] = key(x);
    const [yf, yn] = key(y);
    return xf - yf || xn - yn || compareStrings(x.id, y.id);
  };
}

interface GroupToken {
  a: string;
  t: RelationType;
  d: 'OUT' | 'IN';
  k: ActorKind;
  /** The window: from, to, includeUndated. */
  w?: [string | null, string | null, boolean];
}

/** A group's id: what it stands for, base64url, so it can be opened later without state. */
export function encodeGroupId(key: LinkGroupKey, when: TimeWindow | undefined): string {
  const token: GroupToken = { a: key.actor, t: key.type, d: key.direction, k: key.kind };
  if (when) token.w = [when.from ?? null, when.to ?? null, when.includeUndated ?? false];
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');
}

/** The group an id stands for, or undefined when it is not one this API gave. */
export function decodeGroupId(id: string): (LinkGroupKey & { when?: TimeWindow }) | undefined {
  try {
    const t = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as Partial<GroupToken>;
    if (typeof t.a !== 'string' || typeof t.t !== 'string' || typeof t.k !== 'string')
      return undefined;
    if (t.d !== 'OUT' && t.d !== 'IN') return undefined;
    const when = windowOfToken(t.w);
    if (when === null) return undefined;
    if (encodeGroupId({ actor: t.a, type: t.t, direction: t.d, kind: t.k }, when) !== id)
      return undefined;
    return { actor: t.a, type: t.t, direction: t.d, kind: t.k, ...(when ? { when } : {}) };
  } catch {
    return undefined;
  }
}

/** The window a token carries (undefined: none), or null when it is malformed. */
function windowOfToken(w: unknown): TimeWindow | undefined | null {
  if (w === undefined) return undefined;
  if (!Array.isArray(w) || w.length !== 3 || typeof w[2] !== 'boolean') return null;
  const [from, to, includeUndated] = w as unknown[];
  const date = (v: unknown) => v === null || (typeof v === 'string' && isPartialDate(v));
  if (!date(from) || !date(to)) return null;
  return {
    ...(from !== null ? { from: from as string } : {}),
    ...(to !== null ? { to: to as string } : {}),
    includeUndated: includeUndated as boolean,
  };
}
