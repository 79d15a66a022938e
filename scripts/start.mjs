#!/usr/bin/env node
// `npm start`: build whatever is missing or older than its sources, then serve.
// Building here (not in a prestart hook) keeps a fresh clone to one command.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

/** Newest modification time under a path (files only), 0 when missing. */
function newest(target) {
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

const outputs = [
  at('domain/dist/index.js'),
  at('server/dist/index.js'),
  at('graph-seed/dist/index.js'),
  at('client/dist/index.html'),
];
const sources = [
  at('domain/src'),
  at('server/src'),
  at('graph-seed/src'),
  at('client/src'),
  at('client/index.html'),
  at('schema.graphql'),
];
// `npm run build` writes the stamp when it finishes (scripts/build-stamp.mjs).
const stamp = at('.build-stamp');
const complete = outputs.every((f) => fs.existsSync(f)) && fs.existsSync(stamp);
const builtAt = complete ? fs.statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newest));

if (builtAt === 0 || changedAt > builtAt) {
  console.log(
    builtAt === 0 ? 'First start: building server and client…' : 'Sources changed: rebuilding…',
  );
  // A production bundle whatever NODE_ENV the caller runs under (jest sets "test").
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// `npm start` serves users: production unless the caller says otherwise
// (graphql-js's development checks cost about a quarter of a neighbourhood
// query's time, bench/README.md).
process.env.NODE_ENV ??= 'production';
createRequire(import.meta.url)(at('server/dist/index.js'));
