import type { Actor } from './model';

/**
 * Name matching shared by both stores, so they find the same actors in the
 * same order. Neo4j uses `searchTerms` to fetch candidates from its full-text
 * index, then ranks them with `scoreActor` like the embedded store does.
 */

/**
 * Arabic-script letters written more than one way: Persian yeh and keheh,
 * alef maksura, teh marbuta; the tatweel (a stretch, not a letter) goes.
 * Hamza and madda on alef, and the short-vowel marks, are combining marks
 * that NFKD separates and the mark removal drops.
 */
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  '\u06cc': '\u064a', // ی Persian yeh -> ي
  '\u0649': '\u064a', // ى alef maksura -> ي
  '\u06a9': '\u0643', // ک keheh -> ك
  '\u0629': '\u0647', // ة teh marbuta -> ه
  '\u0640': '', // ـ tatweel
};

/** Lower case, no accents, no apostrophes, punctuation as spaces; Arabic-script variants folded. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u06cc\u0649\u06a9\u0629\u0640]/g, (c) => ARABIC_FOLD[c]!)
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

/**
 * A token's consonants: every vowel gone (the first letter too), doubled
 * letters collapsed. How a Latin query meets the transliteration of an
 * Arabic or Persian name, which writes no short vowels and an initial alef
 * as an apostrophe: "anwari" and "'nwry" both give "nwr", "allah" and "llh"
 * both give "lh".
 */
export function consonants(token: string): string {
  return token.replace(VOWELS, '').replace(/(.)\1+/g, '$1');
}

/** Shortest query token that may match through its skeleton (shorter ones match too loosely). */
const MIN_SKELETON_QUERY = 4;

/** Shortest consonant form a query token may match through. */
const MIN_CONSONANTS = 2;

/** Prefix markers of skeleton and consonant terms in the full-text field, kept apart from plain tokens. */
export const SKELETON_PREFIX = 'sk_';
export const CONSONANT_PREFIX = 'cs_';

/**
 * The names an actor is found by, normalised: its own (name first, then
 * aliases), the names lists give it (`listedAs`: entries matched to it,
 * which rank below its own names), and the Latin transliterations of any
 * of those written in another script (which rank last).
 */
export interface SearchKeys {
  own: string[];
  listed: string[];
  latin: string[];
}

/**
 * SearchKeys of an actor. `transliterate` (the server's, from a
 * transliteration library) turns a name in another script into Latin
 * letters; without it there are no `latin` keys.
 */
export function searchKeysOf(
  actor: Pick<Actor, 'name' | 'aliases' | 'listedAs'>,
  transliterate?: (text: string) => string | undefined,
): SearchKeys {
  const own = [actor.name, ...actor.aliases].map(normalizeName);
  const listed = (actor.listedAs ?? []).map(normalizeName).filter((k) => k !== '');
  const latin: string[] = [];
  if (transliterate) {
    for (const name of [actor.name, ...actor.aliases, ...(actor.listedAs ?? [])]) {
      const text = transliterate(name);
      const key = text === undefined ? '' : normalizeName(text);
      if (key !== '' && !latin.includes(key)) latin.push(key);
    }
  }
  return { own, listed, latin };
}

/** The terms an actor is indexed under: its tokens and their skeletons, and its transliterations' consonants. */
export function searchTerms(keys: SearchKeys): string[] {
  const terms = new Set<string>();
  for (const key of [...keys.own, ...keys.listed]) {
    for (const token of key.split(' ')) {
      if (token === '') continue;
      terms.add(token);
      terms.add(SKELETON_PREFIX + skeleton(token));
    }
  }
  for (const key of keys.latin) {
    for (const token of key.split(' ')) {
      const c = consonants(token);
      if (c !== '') terms.add(CONSONANT_PREFIX + c);
    }
  }
  return [...terms];
}

/**
 * One query token's alternatives: itself as a prefix, its skeleton when long
 * enough, and its consonants (for transliterations) when they are.
 */
export function queryAlternatives(token: string): {
  prefix: string;
  skeleton?: string;
  consonants?: string;
} {
  const out: { prefix: string; skeleton?: string; consonants?: string } = { prefix: token };
  if (token.length >= MIN_SKELETON_QUERY) out.skeleton = skeleton(token);
  const c = consonants(token);
  if (token.length >= MIN_SKELETON_QUERY && c.length >= MIN_CONSONANTS) out.consonants = c;
  return out;
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
 * Score of an actor's keys for a query, 0 when they do not match. Its own
 * names first: every query token must match the start of a token, or its
 * skeleton the start of a token's skeleton; exact name 100, exact alias 95,
 * name starts with the query 80, alias 75, all tokens in one key 60/55,
 * spread over keys 40, needing skeletons 20. Then the names lists give it,
 * by the same rule, scored below any own name (70 down to 18): "ansar allah"
 * ranks the Houthis (their own alias) above an actor a list also calls so.
 * Last, transliterations: every query token's consonants start a
 * transliterated token's consonants, 15.
 */
export function scoreSearchKeys(keys: SearchKeys, query: PreparedQuery): number {
  const own = scoreKeys(keys.own, query);
  if (own > 0) return own;
  const listed = keys.listed.length ? scoreKeys(keys.listed, query, false) : 0;
  if (listed > 0) return LISTED_SCORE[listed] ?? 18;
  if (keys.latin.length === 0) return 0;
  const latin = keys.latin.flatMap((k) => k.split(' ')).map(consonants);
  const all = query.alternatives.every(
    (alt) => alt.consonants !== undefined && latin.some((c) => c.startsWith(alt.consonants!)),
  );
  return all ? 15 : 0;
}

/** A listed name's score for each own-name score it would have had. */
const LISTED_SCORE: Readonly<Record<number, number>> = {
  100: 70,
  95: 70,
  80: 50,
  75: 50,
  60: 35,
  55: 35,
  40: 30,
  20: 18,
};

/**
 * The own-name rule over keys already normalised. With `nameFirst`, the
 * first key is the name (scored a little above aliases).
 */
export function scoreKeys(keys: readonly string[], query: PreparedQuery, nameFirst = true): number {
  const { normal, tokens: queryTokens, alternatives } = query;
  let best = 0;
  keys.forEach((key, index) => {
    const isName = nameFirst && index === 0;
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
