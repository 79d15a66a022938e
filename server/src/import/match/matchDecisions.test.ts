import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSeed } from '@explorer/graph-seed';
import { ImportErrorCode } from '../ImportError';
import type { ListEntry } from '../model';
import { tempDir } from '../testSupport';
import {
  decideMatches,
  readMatchesFile,
  writeMatchesFile,
  type MatchRecord,
} from './matchDecisions';
import { proposeMatches, type Candidate } from './proposeMatches';

const seed = readSeed();
const curated = new Map(seed.actors.map((a) => [a.id, a]));

const entries: ListEntry[] = [
  ['ofac-4697', 'HIZBALLAH', ['ISLAMIC JIHAD', 'ANSAR ALLAH']],
  ['ofac-4695', 'HAMAS', []],
  ['ofac-26945', 'KHAMENEI, Ali Husseini', []],
].map(([key, name, aliases]) => ({
  key: key as string,
  name: name as string,
  kind: key === 'ofac-26945' ? 'PERSON' : 'COMPANY',
  aliases: aliases as string[],
  properties: {},
  designations: [],
  at: { file: 'test' },
}));
const byKey = new Map(entries.map((e) => [e.key, e]));
const candidates: Candidate[] = proposeMatches(entries, seed.actors);

function decide(previous: Partial<MatchRecord>[] = []) {
  return decideMatches(candidates, previous, byKey, curated, 'matches.json');
}
const status = (records: MatchRecord[], entry: string, actor: string) =>
  records.find((r) => r.entry === entry && r.actor === actor)?.status;

describe('decideMatches', () => {
  it('accepts a clear best match, proposes the rest', () => {
    const { records, accepted } = decide();
    expect([...accepted].sort()).toEqual([
      ['ofac-4695', 'hamas'],
      ['ofac-4697', 'hezbollah'],
    ]);
    // HIZBALLAH's aliases also match other curated actors: proposed, never accepted.
    expect(status(records, 'ofac-4697', 'palestinian-islamic-jihad')).toBe('proposed');
    expect(status(records, 'ofac-4697', 'houthis')).toBe('proposed');
    expect(status(records, 'ofac-26945', 'ali-khamenei')).toBe('proposed');
    expect(records.find((r) => r.entry === 'ofac-4695')).toEqual(
      expect.objectContaining({
        entryName: 'HAMAS',
        actorName: 'Hamas',
        score: 1,
        status: 'accepted',
        decidedBy: 'import',
      }),
    );
  });

  it('keeps a reviewer decision: a rejection undoes an automatic acceptance, an acceptance sticks', () => {
    const { records, accepted } = decide([
      { entry: 'ofac-4697', actor: 'hezbollah', status: 'rejected' },
      { entry: 'ofac-26945', actor: 'ali-khamenei', status: 'accepted' },
    ]);
    expect(accepted.get('ofac-4697')).toBeUndefined();
    expect(accepted.get('ofac-26945')).toBe('ali-khamenei');
    expect(records.find((r) => r.entry === 'ofac-4697' && r.actor === 'hezbollah')).toEqual(
      expect.objectContaining({ status: 'rejected', decidedBy: 'reviewer' }),
    );
  });

  it('applies a match a reviewer added by hand', () => {
    const { accepted } = decide([
      { entry: 'ofac-26945', actor: 'office-of-the-supreme-leader', status: 'rejected' },
      { entry: 'ofac-4695', actor: 'hamas', status: 'accepted' },
    ]);
    expect(accepted.get('ofac-4695')).toBe('hamas');
  });

  it('refuses an unknown curated actor or an entry accepted as two actors', () => {
    expect(() => decide([{ entry: 'ofac-4695', actor: 'nobody', status: 'accepted' }])).toThrow(
      expect.objectContaining({ code: ImportErrorCode.BAD_MATCHES_FILE }),
    );
    expect(() =>
      decide([
        { entry: 'ofac-4697', actor: 'houthis', status: 'accepted' },
        { entry: 'ofac-4697', actor: 'hezbollah', status: 'accepted' },
      ]),
    ).toThrow(expect.objectContaining({ code: ImportErrorCode.BAD_MATCHES_FILE }));
  });

  it('lets a reviewer accept another actor for an entry, which then loses its automatic match', () => {
    const { records, accepted } = decide([
      { entry: 'ofac-4697', actor: 'houthis', status: 'accepted' },
    ]);
    expect(accepted.get('ofac-4697')).toBe('houthis');
    expect(status(records, 'ofac-4697', 'hezbollah')).toBe('proposed');
  });
});

describe('the matches file', () => {
  it('round-trips, and a bad status is refused with BAD_MATCHES_FILE', () => {
    const file = path.join(tempDir(), 'matches.json');
    expect(readMatchesFile(file)).toEqual([]);
    const { records } = decide();
    writeMatchesFile(file, { format: 'ofac-csv', list: 'ofac-sdn-2021-04-25', matches: records });
    const again = decide(readMatchesFile(file));
    expect(again.records).toEqual(records);
    const edited = JSON.parse(fs.readFileSync(file, 'utf8'));
    edited.matches[0].status = 'maybe';
    fs.writeFileSync(file, JSON.stringify(edited));
    expect(() => readMatchesFile(file)).toThrow(
      expect.objectContaining({ code: ImportErrorCode.BAD_MATCHES_FILE }),
    );
    fs.writeFileSync(file, '{ not json');
    expect(() => readMatchesFile(file)).toThrow(
      expect.objectContaining({ code: ImportErrorCode.BAD_MATCHES_FILE }),
    );
  });
});
