import { compareStrings, type Actor, type ActorKind } from '@explorer/domain';
import type { ListEntry } from '../model';
import { compareKeys, nameKeys, type MatchHow, type NameKey } from './nameKeys';

/**
 * Candidate links between list entries and curated actors, scored 0..1 from
 * the names they share. Thresholds (documented in server/src/import/README.md):
 * a candidate at or above AUTO_ACCEPT that beats the entry's next candidate by
 * MARGIN is accepted without review; candidates from PROPOSE up are written
 * to the matches file as proposed.
 */

export const AUTO_ACCEPT = 0.9;
export const PROPOSE = 0.6;
export const MARGIN = 0.05;
/** Most candidates kept per entry. */
export const MAX_PER_ENTRY = 3;

/** How much a name pair counts, by which names they are. */
const WEIGHT = {
  /** The entry's own name against the actor's name or a curated alias. */
  entryName: 1,
  /** An alias of the entry against the actor's name. */
  aliasToName: 0.95,
  /** An alias of the entry against an alias of the actor. */
  aliasToAlias: 0.9,
};
/**
 * Cap for a match resting on one short token (an acronym: IRGC, PIJ, EU) or,
 * for persons, on a single word (a surname): below PROPOSE, so such a match
 * is never even proposed on its own.
 */
const WEAK_CAP = 0.5;

export interface MatchedName {
  /** The entry's name or alias. */
  entry: string;
  /** The curated actor's name or alias. */
  actor: string;
  how: MatchHow;
  score: number;
}

export interface Candidate {
  entry: string;
  actor: string;
  score: number;
  /** The name pairs that matched, best first (at most 5). */
  names: MatchedName[];
}

const ORGANIZATIONS: ReadonlySet<ActorKind> = new Set([
  'STATE_BODY',
  'MILITARY_UNIT',
  'ARMED_GROUP',
  'COMPANY',
  'INTERNATIONAL_BODY',
  'ORGANIZATION',
]);

/**
 * Whether an entry of `entryKind` may be the curated actor of `actorKind`.
 * Lists know persons, vessels and "entities": an entity may be any kind of
 * organization (OFAC files the IRGC and Hezbollah as entities, and the
 * importer's name-based kind can be wrong), never a person, vessel,
 * country, place or program.
 */
export function kindsCompatible(entryKind: ActorKind, actorKind: ActorKind): boolean {
  if (entryKind === 'PERSON' || actorKind === 'PERSON') return entryKind === actorKind;
  if (entryKind === 'VESSEL' || actorKind === 'VESSEL') return entryKind === actorKind;
  return ORGANIZATIONS.has(entryKind) && ORGANIZATIONS.has(actorKind);
}

interface CuratedKey {
  actor: Actor;
  key: NameKey;
  isName: boolean;
}

/** Every candidate at or above PROPOSE, best first per entry, at most MAX_PER_ENTRY per entry. */
export function proposeMatches(
  entries: readonly ListEntry[],
  curated: readonly Actor[],
): Candidate[] {
  // Collective actors stand for many; no single list entry is one of them.
  const targets = curated.filter(
    (a) => !a.collective && a.kind !== 'PROGRAM' && a.kind !== 'COUNTRY',
  );
  const byToken = new Map<string, CuratedKey[]>();
  for (const actor of targets) {
    const names = [actor.name, ...actor.aliases];
    names.forEach((name, i) => {
      for (const key of nameKeys(name, actor.kind === 'PERSON')) {
        const entry: CuratedKey = { actor, key, isName: i === 0 };
        for (const token of new Set([...key.tokens, ...key.significant])) {
          const list = byToken.get(token) ?? [];
          list.push(entry);
          byToken.set(token, list);
        }
      }
    });
  }

  const out: Candidate[] = [];
  for (const entry of entries) {
    const person = entry.kind === 'PERSON';
    const weak = new Set(entry.weakAliases ?? []);
    const best = new Map<string, Candidate>();
    const names = [entry.name, ...entry.aliases.filter((a) => !weak.has(a))];
    names.forEach((name, i) => {
      for (const key of nameKeys(name, person)) {
        const seen = new Set<CuratedKey>();
        for (const token of new Set([...key.tokens, ...key.significant])) {
          for (const ck of byToken.get(token) ?? []) {
            if (seen.has(ck)) continue;
            seen.add(ck);
            if (!kindsCompatible(entry.kind, ck.actor.kind)) continue;
            const match = compareKeys(key, ck.key);
            if (!match) continue;
            const weight =
              i === 0 ? WEIGHT.entryName : ck.isName ? WEIGHT.aliasToName : WEIGHT.aliasToAlias;
            let score = match.score * weight;
            const single = key.tokens.length === 1 || ck.key.tokens.length === 1;
            if (key.weak || ck.key.weak || (person && single)) score = Math.min(score, WEAK_CAP);
            score = Math.round(score * 1000) / 1000;
            if (score < PROPOSE) continue;
            const candidate = best.get(ck.actor.id) ?? {
              entry: entry.key,
              actor: ck.actor.id,
              score: 0,
              names: [],
            };
            candidate.score = Math.max(candidate.score, score);
            if (!candidate.names.some((n) => n.entry === name && n.actor === ck.key.text)) {
              candidate.names.push({ entry: name, actor: ck.key.text, how: match.how, score });
            }
            best.set(ck.actor.id, candidate);
          }
        }
      }
    });
    const ranked = [...best.values()].sort(
      (a, b) => b.score - a.score || compareStrings(a.actor, b.actor),
    );
    for (const candidate of ranked.slice(0, MAX_PER_ENTRY)) {
      candidate.names.sort(
        (a, b) =>
          b.score - a.score || compareStrings(a.entry, b.entry) || compareStrings(a.actor, b.actor),
      );
      candidate.names = candidate.names.slice(0, 5);
      out.push(candidate);
    }
  }
  return out;
}
