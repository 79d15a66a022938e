import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, ensureData, parseSize } from '../generate';
import { load } from '../http';
import { runChild } from '../ipc';
import { renderTable, summarize, type Row } from '../stats';
import { VARIANTS } from './apiVariants';

/**
 * What each part of the GraphQL stack costs: autocannon (10 connections)
 * against the variants of proto/apiVariants.ts, trivial query and the
 * client's neighbourhood query, on the embedded store.
 * npx tsx --tsconfig bench/tsconfig.json bench/src/proto/api.ts [--size 10k] [--duration 5]
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '1' },
    duration: { type: 'string', default: '5' },
  },
});

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const { file } = ensureData(DEFAULT_DATA_DIR, parseSize(values.size!), seed);
  const rows: Row[] = [];
  await runChild(
    'proto/apiVariants.ts',
    { file, seed },
    (line) => process.stderr.write(`${line}\n`),
    async (serving) => {
      const urls = serving.graphqlUrl.split(' ');
      for (const [name, bodies] of [
        ['trivial', serving.bodies.trivial],
        ['neighbourhood', serving.bodies.neighborhood],
      ] as const) {
        let reference: number | undefined;
        for (let i = 0; i < urls.length; i++) {
          await load(urls[i]!, bodies, 10, 1);
          const result = await load(urls[i]!, bodies, 10, Number(values.duration));
          if (result.errors) throw new Error(`${VARIANTS[i]}: ${result.errors} errors`);
          const value = { ...summarize(result.perSecond), p95: NaN };
          reference ??= value.median;
          rows.push({
            what: `${name}: ${VARIANTS[i]}`,
            unit: 'req/s',
            value,
            baseline: summarize([reference]),
            baselineLabel: 'createApp',
          });
          process.stderr.write(`${name} ${VARIANTS[i]}: ${value.median} req/s\n`);
        }
      }
    },
  );
  const mode = process.env.NODE_ENV === 'production' ? 'NODE_ENV=production' : 'NODE_ENV unset';
  console.log(
    renderTable({ title: `GraphQL stack, part by part — ${values.size}, ${mode}`, rows }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
