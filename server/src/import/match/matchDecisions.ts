import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareStrings, type Actor, type ActorKind } from '@explorer/domain';
import { ImportError, ImportErrorCode } from '../ImportError';
import type { ListEntry } from '../model';
import { AUTO_ACCEPT, MARGIN, PROPOSE, type Candidate, type MatchedName } from './proposeMatches';

/**
 * The reviewable matches file: every candidate link between a list entry
 * and a curated actor, with the names that matched, a score and a status a
 * person edits. Re-running the import applies the file:
 * - `accepted`: the entry is that curated actor (no separate imported actor);
 * - `rejected`: never linked, even if it scores above the threshold;
 * - `proposed`: not linked; the import may accept it on a later run.
 * An accepted or rejected status, once in the file, is kept by every re-run
 * (auto-accepted ones included: reject one to undo it). A person may also add
 * a match the import did not propose: `{ "entry", "actor", "status": "accepted" }`.
 */

export type MatchStatus = 'proposed' | 'accepted' | 'rejected';
const STATUSES: readonly MatchStatus[] = ['proposed', 'accepted', 'rejected'];

export interface MatchRecord {
  /** Entry key (its imported actor id), e.g. "ofac-10391". */
  entry: string;
  entryName: string;
  entryKind: ActorKind;
  /** Curated actor id, e.g. "irgc". */
  actor: string;
  actorName: string;
  actorKind: ActorKind;
  /** 0..1; see server/src/import/README.md. */
  score: number;
  /** The name pairs that matched, best first. */
  names: MatchedName[];
  status: MatchStatus;
  /** "import" when the import set the status (proposal or automatic acceptance), else "reviewer". */
  decidedBy: 'import' | 'reviewer';
}

export interface MatchesFile {
  help: string;
  format: string;
  list: string;
  autoAccept: number;
  propose: number;
  matches: MatchRecord[];
}

export const MATCHES_HELP =
  'Set "status" to "accepted" or "rejected" and re-run the same import to apply it. ' +
  'accepted: the entry is attached to the curated actor (its designations and links move there, ' +
  'its names become aliases); rejected: kept as a separate imported actor. ' +
  'Accepted and rejected statuses are kept by every re-run; proposed ones are recomputed.';

/** The sticky decisions of an existing matches file, or [] when there is none. Throws BAD_MATCHES_FILE when unreadable. */
export function readMatchesFile(file: string): Partial<MatchRecord>[] {
  if (!fs.existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(
      ImportErrorCode.BAD_MATCHES_FILE,
      'not valid JSON',
      { file },
      { cause: error },
    );
  }
  const matches = (parsed as { matches?: unknown })?.matches;
  if (!Array.isArray(matches)) {
    throw new ImportError(ImportErrorCode.BAD_MATCHES_FILE, 'no "matches" array', { file });
  }
  return matches.map((m: unknown, i) => {
    const r = m as Partial<MatchRecord>;
    if (typeof r?.entry !== 'string' || typeof r.actor !== 'string') {
      throw new ImportError(
        ImportErrorCode.BAD_MATCHES_FILE,
        `matches[${i}] needs "entry" and "actor" strings`,
        { file },
      );
    }
    if (!STATUSES.includes(r.status as MatchStatus)) {
      throw new ImportError(
        ImportErrorCode.BAD_MATCHES_FILE,
        `matches[${i}] (${r.entry} -> ${r.actor}): status must be proposed, accepted or rejected, got ${JSON.stringify(r.status)}`,
        { file },
      );
    }
    return r;
  });
}

export interface Decisions {
  records: MatchRecord[];
  /** Entry key -> curated actor id, for entries of this list that are accepted. */
  accepted: Map<string, string>;
}

/**
 * Combines fresh candidates with the file's decisions. Throws
 * BAD_MATCHES_FILE for a match naming an unknown curated actor, or an entry
 * accepted as two actors.
 */
export function decideMatches(
  candidates: readonly Candidate[],
  previous: readonly Partial<MatchRecord>[],
  entries: ReadonlyMap<string, ListEntry>,
  curated: ReadonlyMap<string, Actor>,
  file: string,
): Decisions {
  const pairKey = (entry: string, actor: string) => `${entry}\u0000${actor}`;
  const sticky = new Map<string, Partial<MatchRecord>>();
  for (const record of previous) {
    if (!curated.has(record.actor!)) {
      throw new ImportError(
        ImportErrorCode.BAD_MATCHES_FILE,
        `"${record.actor}" (matched to ${record.entry}) is not a curated actor`,
        { file },
      );
    }
    if (record.status === 'accepted' || record.status === 'rejected') {
      sticky.set(pairKey(record.entry!, record.actor!), record);
    }
  }

  const byEntry = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byEntry.get(c.entry) ?? [];
    list.push(c);
    byEntry.set(c.entry, list);
  }
  const acceptedEntries = new Set<string>();
  const takenActors = new Set<string>();
  for (const s of sticky.values()) {
    if (s.status === 'accepted' && entries.has(s.entry!)) {
      acceptedEntries.add(s.entry!);
      takenActors.add(s.actor!);
    }
  }

  const rejected = new Set(
    [...sticky].filter(([, s]) => s.status === 'rejected').map(([key]) => key),
  );
  const auto = autoAccepted(byEntry, rejected, acceptedEntries, takenActors, pairKey);
  // What the import alone would decide: a status that differs is a reviewer's.
  const fresh = autoAccepted(byEntry, new Set(), new Set(), new Set(), pairKey);

  const records = new Map<string, MatchRecord>();
  const describe = (
    entryKey: string,
    actorId: string,
    fallback: Partial<MatchRecord>,
  ): Omit<MatchRecord, 'status' | 'decidedBy' | 'score' | 'names'> => {
    const entry = entries.get(entryKey);
    const actor = curated.get(actorId)!;
    return {
      entry: entryKey,
      entryName: entry?.name ?? fallback.entryName ?? '',
      entryKind: entry?.kind ?? fallback.entryKind ?? 'COMPANY',
      actor: actorId,
      actorName: actor.name,
      actorKind: actor.kind,
    };
  };
  for (const c of candidates) {
    const key = pairKey(c.entry, c.actor);
    const status =
      (sticky.get(key)?.status as MatchStatus | undefined) ??
      (auto.has(key) ? 'accepted' : 'proposed');
    const importStatus: MatchStatus = fresh.has(key) ? 'accepted' : 'proposed';
    records.set(key, {
      ...describe(c.entry, c.actor, {}),
      score: c.score,
      names: c.names,
      status,
      decidedBy: status === importStatus ? 'import' : 'reviewer',
    });
  }
  // Decisions on pairs the import no longer (or never) proposed: a reviewer's.
  for (const [key, s] of sticky) {
    if (records.has(key)) continue;
    records.set(key, {
      ...describe(s.entry!, s.actor!, s),
      score: typeof s.score === 'number' ? s.score : 0,
      names: Array.isArray(s.names) ? s.names : [],
      status: s.status as MatchStatus,
      decidedBy: 'reviewer',
    });
  }

  const accepted = new Map<string, string>();
  for (const r of records.values()) {
    if (r.status !== 'accepted' || !entries.has(r.entry)) continue;
    const other = accepted.get(r.entry);
    if (other !== undefined) {
      throw new ImportError(
        ImportErrorCode.BAD_MATCHES_FILE,
        `${r.entry} is accepted as both "${other}" and "${r.actor}": reject one`,
        { file },
      );
    }
    accepted.set(r.entry, r.actor);
  }
  const order: Record<MatchStatus, number> = { accepted: 0, proposed: 1, rejected: 2 };
  const sorted = [...records.values()].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      b.score - a.score ||
      compareStrings(a.entry, b.entry) ||
      compareStrings(a.actor, b.actor),
  );
  return { records: sorted, accepted };
}

/**
 * Pairs accepted without review: the entry's best live candidate clears
 * AUTO_ACCEPT and beats its next one by MARGIN; then one entry per curated
 * actor, the best score winning (ties by entry key). Entries and actors
 * already taken, and rejected pairs, are left out.
 */
function autoAccepted(
  byEntry: ReadonlyMap<string, Candidate[]>,
  rejected: ReadonlySet<string>,
  takenEntries: ReadonlySet<string>,
  takenActors: ReadonlySet<string>,
  pairKey: (entry: string, actor: string) => string,
): Set<string> {
  const eligible: Candidate[] = [];
  for (const [entry, list] of byEntry) {
    if (takenEntries.has(entry)) continue;
    const [best, second] = list.filter((c) => !rejected.has(pairKey(c.entry, c.actor)));
    if (best && best.score >= AUTO_ACCEPT && (!second || second.score <= best.score - MARGIN)) {
      eligible.push(best);
    }
  }
  eligible.sort((a, b) => b.score - a.score || compareStrings(a.entry, b.entry));
  const actors = new Set(takenActors);
  const out = new Set<string>();
  for (const c of eligible) {
    if (actors.has(c.actor)) continue;
    actors.add(c.actor);
    out.add(pairKey(c.entry, c.actor));
  }
  return out;
}

/** Writes the matches file atomically (a crash leaves the old one or the new one). */
export function writeMatchesFile(
  file: string,
  content: Omit<MatchesFile, 'help' | 'autoAccept' | 'propose'>,
): void {
  const body: MatchesFile = {
    help: MATCHES_HELP,
    format: content.format,
    list: content.list,
    autoAccept: AUTO_ACCEPT,
    propose: PROPOSE,
    matches: content.matches,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  fs.renameSync(temp, file);
}
