import * as fs from 'node:fs';
import { loadSeed } from '@explorer/graph-seed';
import { type SeedGraph } from '@explorer/domain';
import { comparePlan, writePlan, type ApplyResult } from './applyPlan';
import { checkFields } from './checkFields';
import { decideDelistings, DEFAULT_DELISTING_POLICY, type DelistingPolicy } from './delisting';
import { readFtm } from './ftm/readFtm';
import { ImportError, ImportErrorCode } from './ImportError';
import type { ImportTarget } from './importTargets';
import {
  decideMatches,
  readMatchesFile,
  writeMatchesFile,
  type MatchRecord,
} from './match/matchDecisions';
import { proposeMatches } from './match/proposeMatches';
import type { Format, Issue, ParsedList, ReadCounts } from './model';
import { readOfacCsv } from './ofac/readOfacCsv';
import { planGraph } from './planGraph';
import { silentProgress, type Progress } from './progress';
import { readUnXml } from './un/readUnXml';

export interface ImportRequest {
  format: Format;
  files: readonly string[];
  target: ImportTarget;
  seed: SeedGraph;
  /** The reviewable matches file: read for decisions, rewritten after the import. */
  matchesFile: string;
  /** Read, match and compare; write nothing (not even the matches file). */
  dryRun?: boolean;
  /** The list's date, when its path or content does not give it. */
  date?: string;
  /** FtM dataset name. */
  dataset?: string;
  batchSize?: number;
  onBatch?: (batch: number) => void | Promise<void>;
  progress?: Progress;
  /** How many of its family's designations the list may delist (default: 10%, not overridden). */
  delisting?: DelistingPolicy;
  /** A list already read (a delta version): `files` are then not read again. */
  list?: ParsedList;
}

export interface ImportSummary {
  format: Format;
  document: ParsedList['document'];
  sourceList: string;
  store: 'memory' | 'neo4j';
  dryRun: boolean;
  read: ReadCounts;
  rejected: Issue[];
  warnings: Issue[];
  unresolvedLinks: Issue[];
  matches: {
    file: string;
    /** Accepted matches of entries in this list. */
    accepted: MatchRecord[];
    proposed: number;
    rejected: number;
  };
  applied: ApplyResult;
  selfLinks: number;
  /** The curated graph was loaded first because the store held none of it. */
  curatedLoaded: boolean;
  ms: number;
}

/**
 * Reads a list in the given format (streaming) and checks its fields
 * (checkFields.ts); throws ImportError for unusable input, naming the file:
 * FILE_NOT_FOUND / FILE_UNREADABLE for a path that is missing or cannot be
 * read, never a bare system error.
 */
export async function readList(
  format: Format,
  files: readonly string[],
  options: { date?: string; dataset?: string; progress?: Progress } = {},
): Promise<ParsedList> {
  for (const file of files) mustBeReadable(file, format === 'ofac-csv');
  try {
    const list = await readFormat(format, files, options);
    checkFields(list);
    return list;
  } catch (error) {
    throw asImportError(error);
  }
}

async function readFormat(
  format: Format,
  files: readonly string[],
  options: { date?: string; dataset?: string; progress?: Progress },
): Promise<ParsedList> {
  const progress = options.progress ?? silentProgress;
  const one = (): string => {
    if (files.length !== 1) {
      throw new ImportError(
        ImportErrorCode.BAD_ARGUMENT,
        `${format} takes exactly one file, got ${files.length}`,
      );
    }
    return files[0]!;
  };
  const at = (n: number) => progress.at(n);
  switch (format) {
    case 'ofac-csv':
      progress.phase('reading OFAC SDN CSV');
      return readOfacCsv(one(), { date: options.date, progress: at });
    case 'un-xml':
      progress.phase('reading UN consolidated XML');
      return readUnXml(one(), { date: options.date, progress: at });
    case 'ftm':
      progress.phase('reading FtM JSON lines');
      return readFtm(files, { date: options.date, dataset: options.dataset, progress: at });
  }
}

/**
 * One import: read the list, match its entries to curated actors (applying
 * the matches file), plan the graph, bring the store to it, then commit
 * (embedded store) and rewrite the matches file. Nothing is written when the
 * input is unusable (wrong format, unsafe XML, stale list, contradictory
 * matches file): those fail before the first write.
 */
export async function runImport(request: ImportRequest): Promise<ImportSummary> {
  const started = Date.now();
  const { target, seed } = request;
  const progress = request.progress ?? silentProgress;
  const dryRun = request.dryRun ?? false;

  const list = request.list ?? (await readList(request.format, request.files, request));
  checkNotStale(list, target);
  // Records the list carries but could not read: their stored entries stay as they are.
  const kept = new Set<string>();
  for (const issue of [...list.rejected, ...list.warnings]) {
    if (typeof issue.entry === 'string') kept.add(issue.entry);
  }

  progress.phase('matching to curated actors', list.entries.length);
  const curated = new Map(seed.actors.map((a) => [a.id, a]));
  const entries = new Map(list.entries.map((e) => [e.key, e]));
  const candidates = proposeMatches(list.entries, seed.actors);
  const decisions = decideMatches(
    candidates,
    readMatchesFile(request.matchesFile),
    entries,
    curated,
    request.matchesFile,
  );
  const plan = planGraph(list, decisions.accepted, decisions.records);
  // A kept entry merged into a curated actor (by this run or an earlier one) keeps that actor's designations too.
  for (const record of decisions.records) {
    if (record.status === 'accepted' && kept.has(record.entry)) kept.add(record.actor);
  }

  const curatedLoaded = await ensureCurated(
    target,
    seed,
    [
      ...plan.relationships,
      ...plan.designations.map((d) => ({ source: d.authority, target: d.actor })),
    ],
    dryRun,
  );
  const acceptedPairs = new Set(
    decisions.records
      .filter((r) => r.status === 'accepted')
      .map((r) => `${r.entry}\u0000${r.actor}`),
  );
  const compared = await comparePlan(target, {
    list,
    plan,
    seed,
    stillAccepted: (entry, actor) => acceptedPairs.has(`${entry}\u0000${actor}`),
    kept,
    progress,
  });
  // Decided before the first write: a refused list leaves every designation as it was.
  const delistings = decideDelistings(
    list,
    compared,
    request.delisting ?? DEFAULT_DELISTING_POLICY,
    target.kind,
  );
  const applied = compared.result;
  if (!dryRun) {
    await target.begin(list.document);
    await writePlan(target, compared, request, delistings);
    progress.phase('committing');
    await target.commit(list.document);
    writeMatchesFile(request.matchesFile, {
      format: list.format,
      list: list.document.id,
      matches: decisions.records,
    });
  }
  progress.done();

  const count = (status: MatchRecord['status']) =>
    decisions.records.filter((r) => r.status === status).length;
  return {
    format: list.format,
    document: list.document,
    sourceList: list.sourceList,
    store: target.kind,
    dryRun,
    read: list.counts,
    rejected: list.rejected,
    warnings: list.warnings,
    unresolvedLinks: list.unresolvedLinks,
    matches: {
      file: request.matchesFile,
      accepted: decisions.records.filter((r) => r.status === 'accepted' && entries.has(r.entry)),
      proposed: count('proposed'),
      rejected: count('rejected'),
    },
    applied,
    selfLinks: plan.selfLinks,
    curatedLoaded,
    ms: Date.now() - started,
  };
}

/** FILE_NOT_FOUND or FILE_UNREADABLE, naming the path, unless it is a file (or, when allowed, a folder). */
function mustBeReadable(file: string, folderAllowed: boolean): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw asImportError(error);
  }
  if (stat.isDirectory() && !folderAllowed) {
    throw new ImportError(ImportErrorCode.FILE_UNREADABLE, 'is a folder, not a file', { file });
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    throw asImportError(error);
  }
}

/** A system error reading a file as an ImportError naming the path; other errors as they are. */
function asImportError(error: unknown): unknown {
  const e = error as NodeJS.ErrnoException;
  if (error instanceof ImportError || typeof e?.code !== 'string' || !e.syscall) return error;
  const file = e.path ?? '(unknown file)';
  return e.code === 'ENOENT'
    ? new ImportError(ImportErrorCode.FILE_NOT_FOUND, 'no such file or folder', { file })
    : new ImportError(
        ImportErrorCode.FILE_UNREADABLE,
        e.code === 'EACCES'
          ? 'permission denied'
          : e.code === 'EISDIR'
            ? 'is a folder, not a file'
            : `cannot be read (${e.code})`,
        { file },
        { cause: error },
      );
}

/** Refuses a list older than one of its family already imported: it would delist newer entries. */
function checkNotStale(list: ParsedList, target: ImportTarget): void {
  const newer = target
    .documents()
    .filter((d) => d.date && d.id === `${list.family}-${d.date}` && d.date > list.document.date);
  if (newer.length > 0) {
    throw new ImportError(
      ImportErrorCode.STALE_LIST,
      `${list.document.id} is older than ${newer.map((d) => d.id).join(', ')}, already imported into ${target.kind}`,
    );
  }
}

/**
 * The curated actors the import attaches to must be in the store. A store
 * holding none of the curated graph (a fresh Neo4j) gets it loaded first,
 * as the server would at start; one holding part of it is an error.
 */
async function ensureCurated(
  target: ImportTarget,
  seed: SeedGraph,
  relationships: readonly { source: string; target: string }[],
  dryRun: boolean,
): Promise<boolean> {
  const seedIds = new Set(seed.actors.map((a) => a.id));
  const needed = new Set<string>();
  for (const r of relationships) {
    if (seedIds.has(r.source)) needed.add(r.source);
    if (seedIds.has(r.target)) needed.add(r.target);
  }
  const present = await target.store.getActors([...seedIds]);
  if (present.length === 0) {
    if (!dryRun) await loadSeed(target.store, seed);
    return true;
  }
  const have = new Set(present.map((a) => a.id));
  const missing = [...needed].filter((id) => !have.has(id));
  if (missing.length > 0) {
    throw new ImportError(
      ImportErrorCode.MISSING_CURATED,
      `the ${target.kind} store lacks curated actors the import attaches to (${missing.join(', ')}): ` +
        `load the curated graph first (npm run seed -- --store ${target.kind})`,
    );
  }
  return false;
}
