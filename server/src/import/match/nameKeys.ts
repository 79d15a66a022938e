import { normalizeName, skeleton } from '@explorer/domain';

/**
 * Names reduced for matching a list entry to a curated actor. Built on the
 * search normalization (`normalizeName`: case, accents, apostrophes,
 * punctuation) and its consonant `skeleton` (Hezbollah/Hizballah,
 * Qods/Quds), so matching tolerates the same transliteration drift search does.
 */

/** Words that never tell two names apart. */
const STOPWORDS = new Set(['the']);
/** Words too common to count towards "every word of one name is in the other". */
const FILLER = new Set(['of', 'the', 'and', 'al', 'el', 'e', 'i', 'de', 'for', 'in', 'a']);

export interface NameKey {
  /** The name as written. */
  text: string;
  /** Normalized tokens in reading order, given names first for "SURNAME, Given". */
  tokens: string[];
  /** Tokens sorted: equal for the same words in another order. */
  sorted: string;
  /** Skeletons of the tokens, sorted: equal for transliteration variants. */
  skeletons: string;
  /** Distinct skeletons of the significant tokens (for containment). */
  significant: Set<string>;
  /** One short token (IRGC, PIJ, EU): an acronym, too ambiguous to decide a match alone. */
  weak: boolean;
}

/**
 * The keys of one written name: the name itself and, when it has a
 * parenthesis, the name without it ("... CORPS (IRGC)-QODS FORCE" ->
 * "... CORPS QODS FORCE"). For persons, OFAC's "SURNAME, Given" is read as
 * "Given SURNAME".
 */
export function nameKeys(text: string, person: boolean): NameKey[] {
  const variants = new Set([text]);
  const bare = text.replace(/\([^)]*\)/g, ' ');
  if (bare !== text) variants.add(bare);
  const keys: NameKey[] = [];
  for (const variant of variants) {
    const key = toKey(text, variant, person);
    if (key) keys.push(key);
  }
  return keys;
}

function toKey(text: string, variant: string, person: boolean): NameKey | undefined {
  let tokens = tokensOf(variant);
  const comma = variant.indexOf(',');
  if (person && comma > 0 && variant.indexOf(',', comma + 1) < 0) {
    const surname = tokensOf(variant.slice(0, comma));
    const given = tokensOf(variant.slice(comma + 1));
    if (surname.length > 0 && given.length > 0) tokens = [...given, ...surname];
  }
  if (tokens.length === 0) return undefined;
  const skeletons = tokens.map(skeleton);
  return {
    text,
    tokens,
    sorted: [...tokens].sort().join(' '),
    skeletons: [...skeletons].sort().join(' '),
    significant: new Set(
      tokens.filter((t) => t.length >= 3 && !FILLER.has(t)).map((t) => skeleton(t)),
    ),
    weak: tokens.length === 1 && tokens[0]!.length <= 4,
  };
}

function tokensOf(text: string): string[] {
  const normal = normalizeName(text);
  return normal ? normal.split(' ').filter((t) => !STOPWORDS.has(t)) : [];
}

export type MatchHow = 'exact' | 'word order' | 'transliteration' | 'words contained';

/**
 * How an entry's key matches a curated key and how strongly (0..1), or
 * undefined when it does not. "Words contained" needs every significant
 * word of the curated name (at least two) in the entry's name, so "KHAMENEI,
 * Ali Husseini" may be Ali Khamenei, while "HUSAYN, Muhammad" is not
 * Mohammad-Hossein Shamkhani.
 */
export function compareKeys(
  entry: NameKey,
  curated: NameKey,
): { how: MatchHow; score: number } | undefined {
  if (entry.tokens.join(' ') === curated.tokens.join(' ')) return { how: 'exact', score: 1 };
  if (entry.sorted === curated.sorted) return { how: 'word order', score: 0.97 };
  if (entry.skeletons === curated.skeletons && entry.sorted.length >= 6) {
    return { how: 'transliteration', score: 0.92 };
  }
  const wanted = curated.significant;
  if (wanted.size >= 2 && [...wanted].every((s) => entry.significant.has(s))) {
    return { how: 'words contained', score: 0.6 + (0.2 * wanted.size) / entry.significant.size };
  }
  return undefined;
}
