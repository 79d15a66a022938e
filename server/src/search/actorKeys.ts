import type { Actor } from '@explorer/domain';
import { transliterate as toLatin } from 'transliteration';
import {
  prepareQuery,
  scoreSearchKeys,
  searchKeysOf,
  searchTerms,
  type SearchKeys,
} from '@explorer/domain';

/**
 * What both stores search by: an actor's own names, the names lists give it,
 * and the Latin transliteration (the `transliteration` library, which covers
 * Arabic, Persian, Cyrillic and more) of any name written in another script,
 * so "Mohammad Taher Anwari" finds the UN entry written "محمد طاهر أنوري".
 * The rules themselves are in domain/search.ts; this adds the library.
 */

/** Letters of a script other than Latin (Arabic, Persian, Cyrillic, Hebrew, CJK...). */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The Latin transliteration of a name in another script; undefined for a Latin one. */
export function transliterate(name: string): string | undefined {
  return OTHER_SCRIPT.test(name) ? toLatin(name) : undefined;
}

export function actorSearchKeys(actor: Pick<Actor, 'name' | 'aliases' | 'listedAs'>): SearchKeys {
  return searchKeysOf(actor, transliterate);
}

/** The terms the Neo4j full-text index holds for an actor. */
export function actorSearchTerms(actor: Pick<Actor, 'name' | 'aliases' | 'listedAs'>): string[] {
  return searchTerms(actorSearchKeys(actor));
}

/** Score of an actor for a query text (0: no match): the rule both stores rank by. */
export function scoreActor(
  actor: Pick<Actor, 'name' | 'aliases' | 'listedAs'>,
  text: string,
): number {
  const query = prepareQuery(text);
  return query ? scoreSearchKeys(actorSearchKeys(actor), query) : 0;
}
