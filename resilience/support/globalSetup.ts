import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { FIGURES_FILE, REPO_ROOT, SERVER_ENTRY } from './paths';

/**
 * Builds what the suites run: `node server/dist/index.js` and the import CLI
 * (codegen, then npm run build:ts; incremental, a few seconds when
 * up to date). RESILIENCE_SKIP_BUILD=1 uses server/dist as it is.
 */
export default function globalSetup(): void {
  fs.rmSync(FIGURES_FILE, { force: true });
  if (process.env.RESILIENCE_SKIP_BUILD === '1' && fs.existsSync(SERVER_ENTRY)) return;
  const started = Date.now();
  for (const [cmd, args] of [
    ['npm', ['run', 'codegen', '--silent']],
    ['npm', ['run', 'build:ts', '--silent']],
  ] as const) {
    const result = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(
        `resilience: build step "${cmd} ${args.join(' ')}" failed:\n${result.stdout}\n${result.stderr}`,
      );
    }
  }
  process.stdout.write(`\n[resilience] server built in ${Date.now() - started} ms\n`);
}
