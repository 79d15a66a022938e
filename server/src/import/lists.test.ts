import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LISTS } from './testSupport';

/**
 * The real lists in data/lists are kept byte for byte as published: every
 * file is in SHA256SUMS with its checksum, and nothing else is there.
 */
describe('the real lists in the repository', () => {
  const sums = fs
    .readFileSync(path.join(LISTS, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [sum, file] = line.split(/\s+\*?/, 2) as [string, string];
      return { sum, file };
    });

  it('lists the OFAC, UN and FollowTheMoney files the tests read', () => {
    const files = sums.map((s) => s.file);
    for (const file of [
      'ofac-sdn-2021-04-25/sdn.csv',
      'ofac-sdn-2021-04-25/alt.csv',
      'ofac-sdn-2021-04-25/add.csv',
      'un-consolidated-2025-04-19/consolidated.xml',
      'ftm-opensanctions-sample/parteispenden.ftm.json',
      'ftm-opensanctions-sample/t2-deltas/delta.json',
    ])
      expect(files).toContain(file);
  });

  it('holds every file unchanged, and no file outside the list', () => {
    for (const { sum, file } of sums) {
      const actual = createHash('sha256')
        .update(fs.readFileSync(path.join(LISTS, file)))
        .digest('hex');
      expect({ file, sum: actual }).toEqual({ file, sum });
    }
    const onDisk = (dir: string): string[] =>
      fs
        .readdirSync(path.join(LISTS, dir), { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? onDisk(path.join(dir, e.name)) : [path.join(dir, e.name)],
        );
    const extra = onDisk('').filter(
      (f) => !['README.md', 'SHA256SUMS'].includes(f) && !sums.some((s) => s.file === f),
    );
    expect(extra).toEqual([]);
  });
});
