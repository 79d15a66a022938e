import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { summarize, type Row, type Table } from './stats';

/**
 * Client bundle size: the client's own production build (vite build with
 * client/vite.config.ts, i.e. `npm run build -w client`), written to
 * bench/.cache/dist/client instead of client/dist so that a running
 * `npm start` or e2e suite never sees a half-written dist; then the JS and
 * CSS that client/dist/index.html loads up front (module scripts, module
 * preloads, stylesheets), gzip level 9. Baseline: the same for a Vite
 * build of React alone (react + react-dom rendering one element).
 */

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.resolve(__dirname, '..', '.cache', 'dist');

function viteBuild(root: string, outDir: string, extra: string[] = []): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', root, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extra],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    throw new Error(`vite build ${root} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Files index.html loads before anything runs, with raw and gzip sizes. */
export function initialLoad(dist: string): { file: string; raw: number; gzip: number }[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g))
    refs.add(m[1]!);
  return [...refs]
    .filter((ref) => !/^https?:/.test(ref))
    .map((ref) => {
      const buf = fs.readFileSync(path.join(dist, ref.replace(/^\//, '')));
      return { file: ref, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    });
}

export async function bundleBench(): Promise<Table> {
  const out = path.join(CACHE, 'client');
  viteBuild(path.join(ROOT, 'client'), out);
  const files = initialLoad(out);
  const js = files.filter((f) => f.file.endsWith('.js'));
  const css = files.filter((f) => f.file.endsWith('.css'));

  // Baseline: React alone, same Vite, same settings.
  const reactOnly = path.join(CACHE, 'react-only');
  fs.mkdirSync(reactOnly, { recursive: true });
  fs.writeFileSync(
    path.join(reactOnly, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>\n',
  );
  fs.writeFileSync(
    path.join(reactOnly, 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')).render(createElement('p', null, 'hello'));\n",
  );
  const reactOut = path.join(CACHE, 'react-only-dist');
  viteBuild(reactOnly, reactOut);
  const base = initialLoad(reactOut).filter((f) => f.file.endsWith('.js'));

  const kb = (files: { gzip: number }[]) => files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
  const rows: Row[] = [
    {
      what: 'initial JS, gzip',
      unit: 'KB',
      value: summarize([kb(js)]),
      baseline: summarize([kb(base)]),
      baselineLabel: 'React alone',
      goal: '<= 300 KB',
      met: kb(js) <= 300,
    },
    { what: 'initial CSS, gzip', unit: 'KB', value: summarize([kb(css)]) },
  ];
  return {
    title: 'Client bundle (initial load)',
    rows,
    notes: [
      `Files: ${files.map((f) => `${f.file} ${(f.raw / 1024).toFixed(0)} KB raw / ${(f.gzip / 1024).toFixed(1)} KB gzip`).join('; ')}.`,
      "Built with the client's vite.config.ts into bench/.cache/dist/client (not client/dist); gzip level 9.",
    ],
  };
}
