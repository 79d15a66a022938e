import type { Actor } from './model';

/**
 * Name matching shared by both stores, so they find the same actors in the
 * same order. Neo4j uses `searchTerms` to fetch candidates from its full-text
 * index, then ranks them with `scoreActor` like the embedded store does.
 */

/** Lower case, no accents, no apostrophes, punctuation as spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normal = normalizeName(text);
  return normal ? normal.split(' ') : [];
}

const VOWELS = /[aeiouy]/g;

/**
 * Consonant skeleton of a token: first letter, then the rest without vowels,
 * doubled letters collapsed. Hezbollah and Hizballah both give "hzblh";
 * Qods and Quds give "qds". Catches the vowel drift of transliteration.
 */
export function skeleton(token: string): string {
  const rest = token.slice(1).replace(VOWELS, '');
  return (token.slice(0, 1) + rest).replace(/(.)\1+/g, '$1');
}

/** Shortest query token that may match through its skeleton (shorter ones match too loosely). */
const MIN_SKELETON_QUERY = 4;

/** Prefix marker of skeleton terms in the full-text field, kept apart from plain tokens. */
export const SKELETON_PREFIX = 'sk_';

/** The terms an actor is indexed under: its tokens and their skeletons. */
export function searchTerms(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  const terms = new Set<string>();
  for (const key of [actor.name, ...actor.aliases]) {
    for (const token of tokenize(key)) {
      terms.add(token);
      terms.add(SKELETON_PREFIX + skeleton(token));
    }
  }
  return [...terms];
}

/** One query token's alternatives: itself as a prefix, and its skeleton when long enough. */
export function queryAlternatives(token: string): { prefix: string; skeleton?: string } {
  return token.length >= MIN_SKELETON_QUERY
    ? { prefix: token, skeleton: skeleton(token) }
    : { prefix: token };
}

/** A query normalised once: its whole form, its tokens and their skeleton alternatives. */
export interface PreparedQuery {
  normal: string;
  tokens: string[];
  alternatives: ReturnType<typeof queryAlternatives>[];
}

/** Undefined when the query has no token (it matches nothing). */
export function prepareQuery(query: string): PreparedQuery | undefined {
  const normal = normalizeName(query);
  const tokens = normal ? normal.split(' ') : [];
  if (tokens.length === 0) return undefined;
  return { normal, tokens, alternatives: tokens.map(queryAlternatives) };
}

/**
 * Score of an actor for a query, 0 when it does not match. Every query token
 * must match the start of a token, or its skeleton the start of a token's
 * skeleton. Higher is better: exact name 100, exact alias 95, name starts with
 * the query 80, alias 75, all tokens in one key 60/55, spread over keys 40,
 * needing skeletons 20.
 */
export function scoreActor(actor: Pick<Actor, 'name' | 'aliases'>, query: string): number {
  const prepared = prepareQuery(query);
  if (!prepared) return 0;
  return scoreKeys([actor.name, ...actor.aliases].map(normalizeName), prepared);
}

/**
 * scoreActor's rule over keys already normalised (the name first, then the
 * aliases): the embedded store's search index keeps them from upsert.
 */
export function scoreKeys(keys: readonly string[], query: PreparedQuery): number {
  const { normal, tokens: queryTokens, alternatives } = query;
  let best = 0;
  keys.forEach((key, index) => {
    const isName = index === 0;
    if (key === normal) best = Math.max(best, isName ? 100 : 95);
    else if (key.startsWith(normal)) best = Math.max(best, isName ? 80 : 75);
    else {
      const tokens = key.split(' ');
      if (queryTokens.every((q) => tokens.some((t) => t.startsWith(q)))) {
        best = Math.max(best, isName ? 60 : 55);
      }
    }
  });
  if (best > 0) return best;

  const allTokens = keys.flatMap((k) => k.split(' '));
  if (queryTokens.every((q) => allTokens.some((t) => t.startsWith(q)))) return 40;
  const skeletons = allTokens.map(skeleton);
  const viaSkeleton = queryTokens.every((q, i) => {
    if (allTokens.some((t) => t.startsWith(q))) return true;
    const alt = alternatives[i]!;
    return alt.skeleton !== undefined && skeletons.some((s) => s.startsWith(alt.skeleton!));
  });
  return viaSkeleton ? 20 : 0;
}

/** Best first, then name, then id: the order both stores return. */
export function compareMatches(
  a: { score: number; actor: Pick<Actor, 'name' | 'id'> },
  b: { score: number; actor: Pick<Actor, 'name' | 'id'> },
): number {
  return (
    b.score - a.score ||
    compareStrings(a.actor.name, b.actor.name) ||
    compareStrings(a.actor.id, b.actor.id)
  );
}

/** Code-unit order, the same in every locale and in Cypher. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
