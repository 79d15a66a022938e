import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import { graphFilePath, loadPersistedGraph } from '../store/persist/loadPersistedGraph';
import { SqliteGraphFile, type StoredGraph } from '../store/persist/SqliteGraphFile';
import { openMemoryTarget } from './importTargets';
import type { Format } from './model';
import type { ImportRequest, ImportSummary } from './runImport';
import { runImports } from './runImports';

/**
 * Shared by the import tests: where the real published lists are, and small
 * files built from them. The lists live in the repository, byte for byte as
 * published (`data/lists/`, see its README); they are read-only.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const LISTS = path.join(REPO_ROOT, 'data', 'lists');
export const OFAC_DIR = path.join(LISTS, 'ofac-sdn-2021-04-25');
export const UN_XML = path.join(LISTS, 'un-consolidated-2025-04-19', 'consolidated.xml');
export const FTM_SAMPLE = path.join(LISTS, 'ftm-opensanctions-sample');
export const FIXTURES = path.join(__dirname, 'fixtures');

/** A fresh temporary directory. */
export function tempDir(prefix = 'import-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const CRLF = '\r\n';
const EOF = '\x1a';

/** The lines of a CRLF file, without the end-of-file byte. */
function lines(file: string): string[] {
  return fs
    .readFileSync(file, 'latin1')
    .split(CRLF)
    .filter((l) => l !== '' && l !== EOF);
}

/**
 * Writes an OFAC CSV set with the entries of the real list whose number is
 * in `keep` (and their aliases and addresses) to `<dir>/ofac-sdn-<date>/`,
 * in the real files' shape (CRLF, 0x1A at the end). `edit` may rewrite or
 * drop (return undefined) sdn.csv rows. Returns the folder.
 */
export function writeOfacSubset(
  dir: string,
  date: string,
  keep: ReadonlySet<string>,
  edit: (row: string) => string | undefined = (row) => row,
): string {
  const out = path.join(dir, `ofac-sdn-${date}`);
  fs.mkdirSync(out, { recursive: true });
  const entNum = (line: string) => line.slice(0, line.indexOf(','));
  for (const name of ['sdn.csv', 'alt.csv', 'add.csv']) {
    const kept = lines(path.join(OFAC_DIR, name))
      .filter((l) => keep.has(entNum(l)))
      .map((l) => (name === 'sdn.csv' ? edit(l) : l))
      .filter((l): l is string => l !== undefined);
    fs.writeFileSync(path.join(out, name), kept.join(CRLF) + CRLF + EOF, 'latin1');
  }
  return out;
}

/** Entry numbers of a subset used across tests: curated matches, their links, a vessel, an aircraft. */
export const OFAC_SAMPLE = new Set([
  '10391', // ISLAMIC REVOLUTIONARY GUARD CORPS -> irgc
  '10465', // IRGC-QODS FORCE -> irgc-qods-force
  '4697', // HIZBALLAH -> hezbollah
  '4695', // HAMAS -> hamas
  '28315', // SHAMKHANI, Ali -> ali-shamkhani
  '4632', // BANK MARKAZI: Linked To IRGC-QF and HIZBALLAH
  '27255', // IZADI: Linked To IRGC-QF and HAMAS
  '10392', // MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS
  '27445', // NATIONAL DEVELOPMENT FUND: Linked To IRGC-QF and 10392
  '15036', // ARTAVIL, a vessel with IMO 9187629
  '15117', // NATIONAL IRANIAN TANKER COMPANY
  '15119', // N.I.T.C. REPRESENTATIVE OFFICE (alias NATIONAL IRANIAN TANKER COMPANY)
  '15431', // EP-GOM, an aircraft
  '36', // AEROCARIBBEAN AIRLINES (with alias and address)
]);

/** Imports into the embedded store of `dataDir` (every version, for a delta folder). */
export async function importIntoMemory(
  dataDir: string,
  format: Format,
  files: string[],
  extra: Partial<Omit<ImportRequest, 'format' | 'files' | 'target' | 'seed'>> = {},
): Promise<{ summaries: ImportSummary[]; store: GraphStore }> {
  const seed = readSeed();
  const target = await openMemoryTarget({ dataDir, seed });
  const summaries = await runImports({
    format,
    files,
    target,
    seed,
    matchesFile: path.join(dataDir, `matches.${format}.json`),
    ...extra,
  });
  return { summaries, store: target.store };
}

/** What a server started on `dataDir` would hold. */
export async function serverStore(dataDir: string): Promise<MemoryGraphStore> {
  const store = new MemoryGraphStore();
  await loadPersistedGraph(store, readSeed(), graphFilePath(dataDir));
  return store;
}

/** The graph file of `dataDir` as stored, or undefined when nothing was imported. */
export function storedFile(dataDir: string): StoredGraph | undefined {
  const file = SqliteGraphFile.openExisting(graphFilePath(dataDir));
  if (!file) return undefined;
  try {
    return file.read();
  } finally {
    file.close();
  }
}
