import { compareStrings, normalizeName, type Actor } from '@explorer/domain';
import type { Scalar } from './model';

/**
 * What an import adds to a curated actor an entry was matched to: the
 * entry's names as names the lists give it (`listedAs`, "also listed as",
 * kept apart from its own aliases) and its entry number as a property. Each
 * list family's addition is recorded on the actor itself, in a property
 * `import:<family>` (JSON), so it can be told apart from the curated data and
 * taken back: a curated actor is always rebuilt as its seed record plus the
 * additions of the families that still match it. Never written by the
 * curated loader; only by the import layer (and the embedded store's loader).
 */

export const ENRICHMENT_PREFIX = 'import:';

export interface Enrichment {
  /** The list family, e.g. "ofac-sdn". */
  family: string;
  /** Entry keys merged into the actor, e.g. ["ofac-10391"]. */
  entries: string[];
  /** Names the entries add to `listedAs` (those the actor did not already have). */
  aliases: string[];
  /** Properties the entries add, e.g. { ofacEntryNumber: 10391 }. */
  properties: Record<string, Scalar>;
  /**
   * Every candidate match of this family's entries to the actor, accepted,
   * proposed or rejected, as the matches file decided it: kept on the actor
   * so the API can show it (a proposed match adds nothing else).
   */
  matches: ListMatch[];
}

/** One candidate link between a list entry and a curated actor, as the API shows it. */
export interface ListMatch {
  entry: string;
  entryName: string;
  score: number;
  status: 'accepted' | 'proposed' | 'rejected';
  decidedBy: 'import' | 'reviewer';
  /** Why it was proposed: the name pairs that matched, best first, e.g. "HIZBALLAH = Hezbollah (exact)". */
  reasons: string[];
}

/** The additions recorded on an actor, by family. Unreadable records are ignored. */
export function enrichmentsOf(actor: Actor): Enrichment[] {
  const out: Enrichment[] = [];
  for (const [key, value] of Object.entries(actor.properties ?? {})) {
    if (!key.startsWith(ENRICHMENT_PREFIX) || typeof value !== 'string') continue;
    try {
      const parsed = JSON.parse(value) as Omit<Enrichment, 'family'>;
      out.push({
        family: key.slice(ENRICHMENT_PREFIX.length),
        entries: parsed.entries ?? [],
        aliases: parsed.aliases ?? [],
        properties: parsed.properties ?? {},
        matches: Array.isArray(parsed.matches) ? parsed.matches : [],
      });
    } catch {
      // A hand-edited property that is not ours: leave it out of the rebuild.
    }
  }
  return out.sort((a, b) => compareStrings(a.family, b.family));
}

/**
 * The curated record plus the given additions, in family order. With no
 * additions this is the curated record itself, unchanged.
 */
export function applyEnrichments(curated: Actor, enrichments: readonly Enrichment[]): Actor {
  const live = enrichments.filter((e) => e.entries.length > 0 || e.matches.length > 0);
  if (live.length === 0) return curated;
  const seen = new Set([curated.name, ...curated.aliases].map(normalizeName));
  const listedAs: string[] = [];
  const properties: Record<string, Scalar> = { ...(curated.properties ?? {}) };
  for (const e of [...live].sort((a, b) => compareStrings(a.family, b.family))) {
    const added: string[] = [];
    for (const alias of e.aliases) {
      const key = normalizeName(alias);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      listedAs.push(alias);
      added.push(alias);
    }
    Object.assign(properties, e.properties);
    properties[`${ENRICHMENT_PREFIX}${e.family}`] = JSON.stringify({
      entries: e.entries,
      aliases: added,
      properties: e.properties,
      ...(e.matches.length ? { matches: e.matches } : {}),
    });
  }
  return { ...curated, ...(listedAs.length ? { listedAs } : {}), properties };
}
