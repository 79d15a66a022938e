import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_DATA_DIR } from '../load';

const REPO = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');

/** Run a CLI of this package as a user would, in its own process. */
function run(script: 'check' | 'report', dir?: string) {
  const args = [path.join(__dirname, `${script}.ts`), ...(dir ? [dir] : [])];
  const out = spawnSync(TSX, args, { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** A copy of the curated data directory, with one file changed. */
function copyWith(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  for (const f of fs.readdirSync(DEFAULT_DATA_DIR)) {
    fs.copyFileSync(path.join(DEFAULT_DATA_DIR, f), path.join(dir, f));
  }
  const target = path.join(dir, file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  return dir;
}

describe('npm run seed:check and seed:report', () => {
  it('pass on the curated data and print the coverage', () => {
    const check = run('check');
    expect([check.status, check.stdout]).toEqual([0, expect.stringMatching(/^Seed OK/)]);
    const report = run('report');
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/Essay coverage \(coverage\.yaml\): \d+ of \d+ .*\(\d+\.\d %\)/);
  });

  it('fail on a checklist that names a relationship that does not exist', () => {
    const dir = copyWith('coverage.yaml', (t) =>
      t.replace('[european-union--supports--united-states]', '[european-union--funds--nobody]'),
    );
    const check = run('check', dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/coverage\.yaml:\d+ {2}CHECKLIST_UNKNOWN_ID/);
    expect(run('report', dir).status).toBe(1);
  });

  it('fail on a former role given no end', () => {
    const dir = copyWith('relationships.yaml', (t) =>
      t.replace(/kind: ENDED_BEFORE\n {4}endedBefore: 2025-04\n/, 'kind: UNDATED\n'),
    );
    const check = run('check', dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      'FORMER_WITHOUT_END  [heshmatollah-falahatpisheh--holds-office--parliament-national-security-committee]',
    );
  });
});
