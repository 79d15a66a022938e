#!/usr/bin/env node
// `npm run build:ts`: the shipped TypeScript (domain, graph-seed, server), built
// with tsc -b over each package's tsconfig.build.json (no tests, no test
// scaffolding: jest compiles those from the sources). Incremental; a dist
// without its build info (an older layout, or a half-deleted one) is emptied
// first, so nothing stale, compiled tests included, ships from it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = ['domain', 'graph-seed', 'server'];

for (const name of packages) {
  const dist = path.join(root, name, 'dist');
  if (fs.existsSync(dist) && !fs.existsSync(path.join(dist, 'tsconfig.build.tsbuildinfo')))
    fs.rmSync(dist, { recursive: true, force: true });
}
const tsc = spawnSync(
  'npx',
  ['tsc', '-b', ...packages.map((name) => `${name}/tsconfig.build.json`)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(tsc.status ?? 1);
