import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The export tests load each file with the library its users load it with
 * (followthemoney, networkx, pandas: requirements.txt), through
 * checkExports.py. Never mocked: without Python and those packages a suite
 * registers one visible test that says so, and fails when CI=true.
 */

const SCRIPT = path.join(__dirname, '..', 'export', 'checkExports.py');
const PYTHON = process.env.PYTHON ?? 'python3';

export const PYTHON_INSTALL = `${PYTHON} -m pip install -r server/src/export/requirements.txt`;

/** Why the Python tools cannot run, or undefined when they can. */
export function pythonToolsMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import followthemoney, networkx, pandas'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.error) return `${PYTHON} not found (${probe.error.message})`;
  if (probe.status !== 0) return `${probe.stderr.trim().split('\n').pop()}; run ${PYTHON_INSTALL}`;
  return undefined;
}

/** Runs one check of checkExports.py over files; its JSON answer. */
export function checkWithPython<T>(
  kind: 'ftm' | 'graphml' | 'cytoscape' | 'csv',
  ...files: string[]
): T {
  const run = spawnSync(PYTHON, [SCRIPT, kind, ...files], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`checkExports.py ${kind} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/**
 * `describe` for a suite needing the Python tools: runs `body` when they
 * are installed; otherwise one test naming what is missing, failing under CI=true.
 */
export function describeWithPython(title: string, body: () => void): void {
  const missing = pythonToolsMissing();
  describe(title, () => {
    if (missing === undefined) return body();
    console.warn(`SKIPPED ${title}: ${missing}`);
    test(`Python export checks cannot run (fails under CI=true): ${missing}`, () => {
      if (process.env.CI === 'true') throw new Error(`${title}: ${missing} — CI requires them`);
    });
  });
}
