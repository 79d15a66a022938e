import { CONSONANT_PREFIX, queryAlternatives, SKELETON_PREFIX, tokenize } from '@explorer/domain';

/**
 * The Lucene query that fetches search candidates from the full-text index
 * over `searchText` (whitespace analyzer, so terms are exactly
 * `searchTerms(actor)`). Each query token is required and matches a term that
 * starts with it, or a skeleton term that starts with its skeleton, the same
 * rule as `scoreActor`; ranking then happens in TypeScript.
 */

/** Characters with a meaning in Lucene's query syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|<>=]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * `+(tok* OR sk_skel* OR cs_cons*)` per token, or undefined when the text has no token
 * (nothing can match). Plain tokens never contain `_` and skeleton terms
 * always do, so a token that is itself a prefix of the skeleton marker ("s",
 * "sk", "c", "cs") uses `/tok[^_]*\/` instead of `tok*`, which would match
 * every skeleton or consonant term of every actor.
 */
export function luceneQuery(text: string): string | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  return tokens
    .map((token) => {
      const alt = queryAlternatives(token);
      const plain =
        SKELETON_PREFIX.startsWith(token) || CONSONANT_PREFIX.startsWith(token)
          ? `/${escapeLucene(token)}[^_]*/`
          : `${escapeLucene(alt.prefix)}*`;
      const others = [
        alt.skeleton === undefined ? '' : ` OR ${escapeLucene(SKELETON_PREFIX + alt.skeleton)}*`,
        alt.consonants === undefined
          ? ''
          : ` OR ${escapeLucene(CONSONANT_PREFIX + alt.consonants)}*`,
      ].join('');
      return others === '' ? `+${plain}` : `+(${plain}${others})`;
    })
    .join(' ');
}
