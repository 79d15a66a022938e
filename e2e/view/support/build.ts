import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../support/server';

const at = (...p: string[]) => path.join(REPO_ROOT, ...p);

/** Newest modification time of the files under `target` (as scripts/start.mjs reads it). */
function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'generated') continue;
    max = Math.max(max, newest(path.join(target, entry)));
  }
  return max;
}

/**
 * Builds server and client when the build is missing or older than its
 * sources, the way `npm start` decides (`npm test` has built already, so
 * this is usually nothing). Needed before running the import CLI from
 * server/dist.
 */
export function ensureBuilt(): void {
  const outputs = ['server/dist/import/cli.js', 'server/dist/index.js', 'client/dist/index.html'];
  const stamp = at('.build-stamp');
  const complete = outputs.every((f) => fs.existsSync(at(f))) && fs.existsSync(stamp);
  const builtAt = complete ? fs.statSync(stamp).mtimeMs : 0;
  const sources = [
    'domain/src',
    'server/src',
    'graph-seed/src',
    'client/src',
    'client/index.html',
    'schema.graphql',
  ];
  const changedAt = Math.max(...sources.map((s) => newest(at(s))));
  if (builtAt !== 0 && changedAt <= builtAt) return;
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0)
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Runs `node server/dist/import/cli.js <args>` with DATA_DIR set; throws with its output on failure. */
export function runImport(dataDir: string, args: string[]): string {
  const run = spawnSync('node', [at('server/dist/import/cli.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  if (run.status !== 0)
    throw new Error(`import exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
