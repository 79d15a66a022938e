import type { Actor } from '@explorer/graph-seed';
import {
  compareMatches,
  compareStrings,
  normalizeName,
  queryAlternatives,
  skeleton,
} from '../../../server/src/domain/search';

/**
 * Prototype of the proposed embedded search (not used by the app): the same
 * rule and score as `scoreActor` (server/src/domain/search.ts), but every
 * actor's names are normalised, tokenised and skeletonised once (at upsert),
 * and a sorted token list narrows the candidates to actors having a token
 * (or skeleton) that starts with the query's first token. Answers equal
 * MemoryGraphStore.searchActors (checked by proto/run.ts).
 */

interface Prepared {
  actor: Actor;
  keys: string[];
  keyTokens: string[][];
  allTokens: string[];
  skeletons: string[];
}

export class SearchIndex {
  private readonly prepared: Prepared[] = [];
  /** Sorted (term, actor index) pairs: plain tokens, and skeletons under a separate list. */
  private readonly tokens: [string, number][] = [];
  private readonly skeletonTerms: [string, number][] = [];

  constructor(actors: readonly Actor[]) {
    actors.forEach((actor, i) => {
      const keys = [actor.name, ...actor.aliases].map(normalizeName);
      const keyTokens = keys.map((k) => k.split(' '));
      const allTokens = keyTokens.flat();
      const skeletons = allTokens.map(skeleton);
      this.prepared.push({ actor, keys, keyTokens, allTokens, skeletons });
      for (const t of new Set(allTokens)) this.tokens.push([t, i]);
      for (const s of new Set(skeletons)) this.skeletonTerms.push([s, i]);
    });
    const byTerm = (a: [string, number], b: [string, number]) =>
      compareStrings(a[0], b[0]) || a[1] - b[1];
    this.tokens.sort(byTerm);
    this.skeletonTerms.sort(byTerm);
  }

  search(text: string, first: number): Actor[] {
    const queryNormal = normalizeName(text);
    const queryTokens = queryNormal ? queryNormal.split(' ') : [];
    if (queryTokens.length === 0) return [];
    const alts = queryTokens.map(queryAlternatives);
    const candidates = new Set<number>();
    const head = alts[0]!;
    for (const i of prefixRange(this.tokens, head.prefix)) candidates.add(i);
    if (head.skeleton !== undefined) {
      for (const i of prefixRange(this.skeletonTerms, head.skeleton)) candidates.add(i);
    }
    const matches: { score: number; actor: Actor }[] = [];
    for (const i of candidates) {
      const score = this.score(this.prepared[i]!, queryNormal, queryTokens, alts);
      if (score > 0) matches.push({ score, actor: this.prepared[i]!.actor });
    }
    return matches
      .sort(compareMatches)
      .slice(0, first)
      .map((m) => m.actor);
  }

  /** scoreActor with the actor's side precomputed. */
  private score(
    p: Prepared,
    queryNormal: string,
    queryTokens: string[],
    alts: ReturnType<typeof queryAlternatives>[],
  ): number {
    let best = 0;
    p.keys.forEach((key, index) => {
      const isName = index === 0;
      if (key === queryNormal) best = Math.max(best, isName ? 100 : 95);
      else if (key.startsWith(queryNormal)) best = Math.max(best, isName ? 80 : 75);
      else if (queryTokens.every((q) => p.keyTokens[index]!.some((t) => t.startsWith(q)))) {
        best = Math.max(best, isName ? 60 : 55);
      }
    });
    if (best > 0) return best;
    if (queryTokens.every((q) => p.allTokens.some((t) => t.startsWith(q)))) return 40;
    const viaSkeleton = queryTokens.every((q, i) => {
      if (p.allTokens.some((t) => t.startsWith(q))) return true;
      const alt = alts[i]!;
      return alt.skeleton !== undefined && p.skeletons.some((s) => s.startsWith(alt.skeleton!));
    });
    return viaSkeleton ? 20 : 0;
  }
}

/** Actor indexes of the terms starting with `prefix` (binary search, then a scan). */
function* prefixRange(terms: readonly [string, number][], prefix: string): Generator<number> {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]![0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < terms.length && terms[i]![0].startsWith(prefix); i++) yield terms[i]![1];
}
