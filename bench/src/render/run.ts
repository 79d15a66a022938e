import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, chromiumAvailable } from '../../../e2e/support/browser';
import { summarize, type Row, type Table } from '../stats';
import type { BenchResult, PanResult } from './page';

/**
 * Rendering in headless Chromium: the page of ./page.ts, bundled with
 * esbuild into bench/.cache/render, opened once per (size, renderer,
 * repetition) in a fresh context. Time to first painted graph counts from
 * navigation start (script load, element building, fcose layout, first
 * frame); panning moves the viewport every animation frame and counts the
 * frames cytoscape draws.
 */

const CACHE = path.resolve(__dirname, '..', '..', '.cache', 'dist', 'render');

/** The flags of e2e/support/browser.ts (the WebGL row adds a software GL). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const WEBGL_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export interface RenderOptions {
  sizes: number[];
  reps: number;
  /** Repetitions of the WebGL rows (for information only). */
  webglReps: number;
  panMs: number;
  webgl: boolean;
  log: (line: string) => void;
}

export async function bundle(): Promise<string> {
  fs.mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: [path.resolve(__dirname, 'page.ts')],
    outfile: path.join(CACHE, 'page.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const html = path.join(CACHE, 'page.html');
  fs.writeFileSync(
    html,
    `<!doctype html>
<html><head><meta charset="utf-8"><title>bench</title>
<style>html,body{margin:0;height:100%;font-family:system-ui,sans-serif}#cy{position:absolute;inset:0}</style>
</head><body><div id="cy"></div><script src="page.js"></script></body></html>
`,
  );
  return pathToFileURL(html).href;
}

/** True when the installed cytoscape has the WebGL option of its canvas renderer (3.31+). */
export function cytoscapeHasWebgl(): boolean {
  const pkg = path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    'node_modules',
    'cytoscape',
    'package.json',
  );
  const version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  const [major, minor] = version.split('.').map(Number) as [number, number];
  return major > 3 || (major === 3 && minor >= 31);
}

export async function measure(
  browser: Browser,
  url: string,
  n: number,
  renderer: 'canvas' | 'webgl',
  panMs: number,
  mode: 'client' | 'bare' = 'client',
  variant = '',
): Promise<{ bench: BenchResult; pan: PanResult }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // The layout runs inside the page's script: do not wait for `load`.
    await page.goto(`${url}?n=${n}&renderer=${renderer}&seed=1&mode=${mode}&variant=${variant}`, {
      waitUntil: 'commit',
    });
    await page.waitForFunction(() => window.__bench || window.__benchError, undefined, {
      timeout: 180_000,
      polling: 100,
    });
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(`render page (${n}, ${renderer}): ${error}`);
    const bench = (await page.evaluate(() => window.__bench))!;
    const pan = await page.evaluate((ms) => window.__pan!(ms, 1000), panMs);
    return { bench, pan };
  } finally {
    await context.close();
  }
}

export async function renderBench(options: RenderOptions): Promise<Table> {
  if (!chromiumAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  const url = await bundle();
  const rows: Row[] = [];
  const notes: string[] = [];
  const renderers: ('canvas' | 'webgl')[] = ['canvas'];
  if (options.webgl && cytoscapeHasWebgl()) renderers.push('webgl');
  else if (options.webgl)
    notes.push('WebGL rows skipped: the installed cytoscape has no `webgl` renderer option.');
  const floors = new Map<number, { paint: number[]; fps: number[] }>();
  for (const renderer of renderers) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: renderer === 'webgl' ? [...FLAGS, ...WEBGL_FLAGS] : FLAGS,
    });
    try {
      for (const n of options.sizes) {
        if (!floors.has(n)) {
          const floor = { paint: [] as number[], fps: [] as number[] };
          for (let rep = 0; rep < options.reps; rep++) {
            const { bench, pan } = await measure(browser, url, n, 'canvas', options.panMs, 'bare');
            floor.paint.push(bench.firstPaintMs);
            floor.fps.push(pan.renders / pan.seconds);
          }
          floors.set(n, floor);
        }
        const paint: number[] = [];
        const layout: number[] = [];
        const fps: number[] = [];
        let shape = '';
        try {
          const reps = renderer === 'webgl' ? options.webglReps : options.reps;
          for (let rep = 0; rep < reps; rep++) {
            const { bench, pan } = await measure(browser, url, n, renderer, options.panMs);
            if (renderer === 'webgl' && !bench.webgl) throw new Error('WebGL did not start');
            paint.push(bench.firstPaintMs);
            layout.push(bench.layoutMs);
            fps.push(pan.renders / pan.seconds);
            shape = `${bench.nodes} nodes + ${bench.edges} edges`;
            options.log(
              `render ${renderer} ${n}: first paint ${bench.firstPaintMs.toFixed(0)} ms (layout ${bench.layoutMs.toFixed(0)} ms), pan ${(pan.renders / pan.seconds).toFixed(1)} fps`,
            );
          }
        } catch (error) {
          notes.push(
            `${renderer} ${n}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
          continue;
        }
        const floor = floors.get(n)!;
        const info = renderer === 'webgl' ? ', WebGL renderer, for information' : '';
        rows.push(
          {
            what: `first painted graph, ${n} elements (${shape}${info})`,
            unit: 'ms',
            value: summarize(paint),
            baseline: summarize(floor.paint),
            baselineLabel: 'bare cytoscape',
            goal: renderer === 'canvas' && n === 200 ? '<= 1.2 s (median)' : undefined,
          },
          {
            what: `of which fcose layout, ${n} elements${info}`,
            unit: 'ms',
            value: summarize(layout),
          },
          {
            what: `pan, ${n} elements${info}`,
            unit: 'fps',
            value: summarize(fps),
            baseline: summarize(floor.fps),
            baselineLabel: 'bare cytoscape',
            goal: renderer === 'canvas' && n === 5000 ? '>= 30 fps (median)' : undefined,
          },
        );
      }
    } finally {
      await browser.close();
    }
  }
  notes.push(
    'Headless Chromium, software rendering (--disable-gpu; the WebGL rows use SwiftShader), viewport 1280×800, device pixel ratio 1.',
    'First paint counts from navigation start: bundle load, building elements with client/src/graph/elements.ts, ' +
      'the first fcose layout without animation (as GraphView), the first frame drawn. The app also waits for its ' +
      'GraphQL request first (see the HTTP table).',
    "Pan: the viewport moves every animation frame; fps = frames cytoscape drew per second, after 1 s of panning not counted (the first frames fill cytoscape's texture caches).",
    "fcose's Math.random is seeded in the page, so every repetition lays out the same graph.",
    'Baseline "bare cytoscape": the same nodes and edges with the default stylesheet and a grid layout.',
  );
  return { title: 'View: rendering in headless Chromium', rows, notes };
}
