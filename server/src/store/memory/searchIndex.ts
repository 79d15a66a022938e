import {
  compareMatches,
  consonants,
  prepareQuery,
  scoreSearchKeys,
  skeleton,
  type Actor,
  type SearchKeys,
} from '@explorer/domain';
import type { SearchQuery } from '../GraphStore';
import { actorSearchKeys } from '../../search/actorKeys';

/**
 * Name search of the embedded store. Each actor's name and aliases are
 * normalised once, when it is written (`set`); a sorted list of tokens and
 * one of their consonant skeletons, rebuilt lazily after writes, narrow a
 * query to the actors having a token (or skeleton) that starts with the
 * query's first token (and consonant terms of transliterations). Those are
 * scored with `scoreActor`'s rule on the precomputed keys, so answers equal
 * scoring every actor with `scoreActor` (the test compares both).
 */

interface Prepared {
  actor: Actor;
  /** Its names, normalised once (search/actorKeys.ts). */
  keys: SearchKeys;
}

/** Unique sorted terms and, for each, the actors having it (CSR postings). */
interface Terms {
  terms: string[];
  offsets: Int32Array;
  owners: Int32Array;
}

export class SearchIndex {
  private readonly byId = new Map<string, Prepared>();
  private built:
    | {
        actors: Prepared[];
        tokens: Terms;
        skeletons: Terms;
        consonants: Terms;
        /** mark[actor] === stamp: the actor matched every query token so far. */
        mark: Int32Array;
        stamp: number;
      }
    | undefined;

  set(actor: Actor): void {
    const old = this.byId.get(actor.id);
    if (
      old &&
      old.actor.name === actor.name &&
      sameNames(old.actor.aliases, actor.aliases) &&
      sameNames(old.actor.listedAs ?? [], actor.listedAs ?? [])
    ) {
      old.actor = actor; // names unchanged: the token lists stay valid
      return;
    }
    this.byId.set(actor.id, { actor, keys: actorSearchKeys(actor) });
    this.built = undefined;
  }

  delete(id: string): void {
    if (this.byId.delete(id)) this.built = undefined;
  }

  search({ text, kinds, first, origin }: SearchQuery): Actor[] {
    const query = prepareQuery(text);
    if (!query) return [];
    const alts = query.alternatives;
    const built = this.index();
    const { actors, tokens, skeletons, consonants: consonantTerms, mark } = built;
    const kindSet = kinds?.length ? new Set(kinds) : undefined;
    // An actor scores only if every query token starts one of its tokens, or
    // its skeleton starts one of their skeletons: intersect those owner sets.
    if (built.stamp > 0x3fffffff - alts.length) {
      mark.fill(0);
      built.stamp = 0;
    }
    const candidates: number[] = [];
    alts.forEach((alt, t) => {
      const stamp = ++built.stamp;
      const keep = (owner: number): void => {
        if (t === 0 || mark[owner] === stamp - 1) {
          if (mark[owner] !== stamp && t === alts.length - 1) candidates.push(owner);
          mark[owner] = stamp;
        }
      };
      forOwners(tokens, alt.prefix, keep);
      if (alt.skeleton !== undefined) forOwners(skeletons, alt.skeleton, keep);
      if (alt.consonants !== undefined) forOwners(consonantTerms, alt.consonants, keep);
    });
    const matches: { score: number; actor: Actor }[] = [];
    for (const i of candidates) {
      const p = actors[i]!;
      if (kindSet && !kindSet.has(p.actor.kind)) continue;
      if (origin && p.actor.origin !== origin) continue;
      const score = scoreSearchKeys(p.keys, query);
      if (score > 0) matches.push({ score, actor: p.actor });
    }
    return matches
      .sort(compareMatches)
      .slice(0, first)
      .map((m) => m.actor);
  }

  private index(): NonNullable<SearchIndex['built']> {
    if (this.built) return this.built;
    const actors = [...this.byId.values()];
    const tokens = new Map<string, number[]>();
    const skeletons = new Map<string, number[]>();
    const consonantTerms = new Map<string, number[]>();
    actors.forEach((p, i) => {
      for (const key of [...p.keys.own, ...p.keys.listed]) {
        for (const token of key.split(' ')) {
          if (token === '') continue;
          addOwner(tokens, token, i);
          addOwner(skeletons, skeleton(token), i);
        }
      }
      for (const key of p.keys.latin) {
        for (const token of key.split(' ')) {
          const c = consonants(token);
          if (c !== '') addOwner(consonantTerms, c, i);
        }
      }
    });
    this.built = {
      actors,
      tokens: toTerms(tokens),
      skeletons: toTerms(skeletons),
      consonants: toTerms(consonantTerms),
      mark: new Int32Array(actors.length),
      stamp: 0,
    };
    return this.built;
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Owners are added actor by actor, so a repeat is always the last one. */
function addOwner(terms: Map<string, number[]>, term: string, owner: number): void {
  const owners = terms.get(term);
  if (!owners) terms.set(term, [owner]);
  else if (owners[owners.length - 1] !== owner) owners.push(owner);
}

function toTerms(byTerm: Map<string, number[]>): Terms {
  const terms = [...byTerm.keys()].sort(); // default sort: UTF-16 code units, compareStrings' order
  const offsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) {
    offsets[t + 1] = offsets[t]! + byTerm.get(terms[t]!)!.length;
  }
  const owners = new Int32Array(offsets[terms.length]!);
  for (let t = 0; t < terms.length; t++) owners.set(byTerm.get(terms[t]!)!, offsets[t]!);
  return { terms, offsets, owners };
}

/** Calls `visit` with the owner of every term starting with `prefix` (binary search, then a scan). */
function forOwners(
  { terms, offsets, owners }: Terms,
  prefix: string,
  visit: (owner: number) => void,
): void {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let t = lo; t < terms.length && terms[t]!.startsWith(prefix); t++) {
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) visit(owners[k]!);
  }
}
