import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../e2e/support/browser';
import { bundle, FLAGS, measure } from '../render/run';
import { renderTable, summarize, type Row } from '../stats';

/**
 * Before/after numbers for the view fixes proposed in the README: the same
 * page as the bench with cytoscape's `textureOnViewport` (pan a snapshot),
 * labels skipped below 9 px on screen (`min-zoomed-font-size`), and fcose at
 * quality 'draft'. npx tsx --tsconfig bench/tsconfig.json bench/src/proto/render.ts
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    reps: { type: 'string', default: '2' },
  },
});

async function main(): Promise<void> {
  const url = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  const rows: Row[] = [];
  try {
    for (const n of values.sizes!.split(',').map(Number)) {
      let reference: { paint: number[]; fps: number[] } | undefined;
      for (const variant of ['', 'texture', 'minFont', 'texture,minFont', 'draft']) {
        const paint: number[] = [];
        const fps: number[] = [];
        for (let rep = 0; rep < Number(values.reps); rep++) {
          const { bench, pan } = await measure(browser, url, n, 'canvas', 3000, 'client', variant);
          paint.push(bench.firstPaintMs);
          fps.push(pan.renders / pan.seconds);
        }
        reference ??= { paint, fps };
        const name = variant || 'as shipped';
        rows.push(
          {
            what: `${n} elements, ${name}: first painted graph`,
            unit: 'ms',
            value: summarize(paint),
            baseline: summarize(reference.paint),
            baselineLabel: 'as shipped',
          },
          {
            what: `${n} elements, ${name}: pan`,
            unit: 'fps',
            value: summarize(fps),
            baseline: summarize(reference.fps),
            baselineLabel: 'as shipped',
          },
        );
        process.stderr.write(
          `${n} ${name}: ${summarize(paint).median.toFixed(0)} ms, ${summarize(fps).median.toFixed(1)} fps\n`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log(renderTable({ title: 'View variants (canvas renderer)', rows }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
