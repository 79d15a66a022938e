import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './cli';
import { ImportErrorCode } from './ImportError';
import { lockDataDir, LOCK_FILE } from './importLock';
import { OFAC_SAMPLE, tempDir, UN_XML, writeOfacSubset } from './testSupport';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

describe('parseArgs', () => {
  it('reads the format, files and options', () => {
    expect(
      parseArgs(['ofac-csv', 'a/sdn.csv', '--store', 'neo4j', '--matches=m.json', '--dry-run']),
    ).toEqual({
      format: 'ofac-csv',
      files: ['a/sdn.csv'],
      store: 'neo4j',
      matches: 'm.json',
      dryRun: true,
      date: undefined,
      dataset: undefined,
    });
    expect(parseArgs(['ftm', 'a.jsonl', 'b.jsonl', '--date', '2025-01-02']).files).toEqual([
      'a.jsonl',
      'b.jsonl',
    ]);
  });

  it.each([
    [[]],
    [['xml', 'f']],
    [['ofac-csv']],
    [['ofac-csv', 'f', '--store']],
    [['ofac-csv', 'f', '--force']],
    [['ofac-csv', 'f', '--date', '25/04/2021']],
  ])('refuses %j with BAD_ARGUMENT', (argv) => {
    expect(() => parseArgs(argv)).toThrow(
      expect.objectContaining({ code: ImportErrorCode.BAD_ARGUMENT }),
    );
  });
});

describe('the import command', () => {
  const run = (args: string[], dataDir: string) =>
    spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'cli.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, STORE: 'memory' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints a plain summary when not on a terminal and saves the embedded store', () => {
    const dataDir = tempDir();
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE);
    const result = run(['ofac-csv', path.join(dir, 'sdn.csv')], dataDir);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^import: ofac-sdn-2021-04-25 \(OFAC SDN\) into memory/);
    expect(result.stdout).toMatch(/actors +\d+ created, 0 updated, 0 unchanged/);
    expect(result.stdout).toMatch(/ofac-10391 "ISLAMIC REVOLUTIONARY GUARD CORPS" -> irgc score 1/);
    expect(result.stdout).toMatch(
      /rejected: 2 \(1 aircraft not modelled; 1 belongs to a rejected entry\)/,
    );
    expect(fs.existsSync(path.join(dataDir, 'graph.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'matches.ofac-csv.json'))).toBe(true);
  }, 60_000);

  it('exits 1 with the error code on a file of another format, writing nothing', () => {
    const dataDir = tempDir();
    const result = run(['ofac-csv', UN_XML, '--date', '2025-04-19'], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import: WRONG_FORMAT: /m);
    // Only the (empty) lock the import held while it ran.
    expect(fs.readdirSync(dataDir).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.json`]);
  }, 60_000);

  it('fails at once with IMPORT_LOCKED while another import holds the DATA_DIR, writing nothing', async () => {
    const dataDir = tempDir();
    const dir = writeOfacSubset(tempDir(), '2021-04-25', OFAC_SAMPLE);
    // The lock every import takes first, held here as a running import would hold it.
    const held = lockDataDir(dataDir);
    try {
      const result = run(['ofac-csv', dir], dataDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^import: IMPORT_LOCKED: .*another import is running on .*\\(pid ${process.pid} on `,
          'm',
        ),
      );
      expect(fs.existsSync(path.join(dataDir, 'graph.sqlite'))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'matches.ofac-csv.json'))).toBe(false);
    } finally {
      await held.release();
    }
    // Released: the same import now runs.
    expect(run(['ofac-csv', dir], dataDir).status).toBe(0);
  }, 60_000);

  it('names a missing path with FILE_NOT_FOUND, without a stack', () => {
    const result = run(['ofac-csv', '/nonexistent/ofac-sdn-2021-04-25'], tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'import: FILE_NOT_FOUND: /nonexistent/ofac-sdn-2021-04-25: no such file or folder',
    );
  }, 60_000);

  it('reads on past a 10 MB FollowTheMoney name, reporting it with file and line', () => {
    const dir = tempDir();
    const file = path.join(dir, 'big-2025-01-01.ftm.json');
    const entity = (id: string, name: string) =>
      JSON.stringify({ id, schema: 'Person', properties: { name: [name] } });
    fs.writeFileSync(
      file,
      `${entity('p-1', 'x'.repeat(10 * 1024 * 1024))}\n${entity('p-2', 'Next One')}\n`,
    );
    const result = run(['ftm', file, '--dataset', 'big'], tempDir());
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/actors +1 created/);
    expect(result.stdout).toContain(`${file}:1 RECORD_TOO_LONG: line of 10,485,`.slice(0, -6));
  }, 60_000);
});
