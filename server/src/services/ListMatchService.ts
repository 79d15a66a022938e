import { compareStrings, type Actor } from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import { enrichmentsOf, type ListMatch } from '../import/enrich';
import type { GraphStore } from '../store/GraphStore';
import { bounded, optionalList } from './limits';

export type MatchStatusName = 'ACCEPTED' | 'PROPOSED' | 'REJECTED';

/** One match as the API shows it: the list's candidate, the curated actor it may be. */
export interface ActorListMatch extends ListMatch {
  list: string;
  actor: string;
}

export interface ListMatchArgs {
  status?: readonly MatchStatusName[] | null;
  list?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface ListMatchPage {
  totalCount: number;
  byStatus: { key: string; count: number }[];
  nodes: ActorListMatch[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The import's matches of list entries to curated actors. They are kept on
 * the curated actors themselves (each family's `import:<family>` record), so
 * both stores answer alike and nothing but the curated actors is read.
 */
export class ListMatchService {
  constructor(
    private readonly store: GraphStore,
    private readonly curatedIds: readonly string[],
  ) {}

  /** Matches recorded on one actor, by list then score. */
  of(actor: Actor, status?: readonly MatchStatusName[] | null): ActorListMatch[] {
    const wanted = statusFilter(status);
    return enrichmentsOf(actor)
      .flatMap((e) => e.matches.map((m) => ({ ...m, list: e.family, actor: actor.id })))
      .filter((m) => wanted(m.status))
      .sort((a, b) => compareStrings(a.list, b.list) || byScore(a, b));
  }

  async list(args: ListMatchArgs): Promise<ListMatchPage> {
    const first = bounded('Query.listMatches.first', args.first);
    const list = args.list?.toLowerCase();
    const actors = await this.store.getActors(this.curatedIds);
    const all = actors
      .flatMap((a) => this.of(a, args.status))
      .filter((m) => list === undefined || m.list.toLowerCase() === list)
      .sort(byScore);
    const start = args.after ? decodeOffset(args.after, all.length) : 0;
    const nodes = all.slice(start, start + first);
    const end = start + nodes.length;
    const byStatus = new Map<string, number>();
    for (const m of all)
      byStatus.set(m.status.toUpperCase(), (byStatus.get(m.status.toUpperCase()) ?? 0) + 1);
    return {
      totalCount: all.length,
      byStatus: [...byStatus]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.key, b.key)),
      nodes,
      pageInfo: {
        hasNextPage: end < all.length,
        endCursor: nodes.length ? encodeOffset(end) : null,
      },
    };
  }
}

function statusFilter(status: readonly MatchStatusName[] | null | undefined) {
  const only = optionalList(status);
  if (!only) return () => true;
  const set = new Set(only.map((s) => s.toLowerCase()));
  return (s: string) => set.has(s);
}

function byScore(a: ActorListMatch, b: ActorListMatch): number {
  return b.score - a.score || compareStrings(a.actor, b.actor) || compareStrings(a.entry, b.entry);
}

// The list is small (curated actors only) and recomputed per request: an offset is enough.
const encodeOffset = (n: number) => Buffer.from(`m:${n}`, 'utf8').toString('base64url');
function decodeOffset(cursor: string, total: number): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = /^m:(\d{1,9})$/.exec(text) ? Number(text.slice(2)) : NaN;
  if (!Number.isInteger(n) || encodeOffset(n) !== cursor || n > total)
    throw new InvalidArgumentError('after', 'is not a cursor this API gave');
  return n;
}
