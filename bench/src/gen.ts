import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, dataFile, generate, parseSize } from './generate';

/**
 * npm run bench:gen -- --relationships 1M --seed 1 [--out bench/data] [--actors N]
 * Writes bench/data/ftm-<size>-s<seed>.jsonl (FollowTheMoney JSON lines) and
 * a .meta.json with counts and the degree distribution.
 */
const { values } = parseArgs({
  options: {
    relationships: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    actors: { type: 'string' },
  },
});

const relationships = parseSize(values.relationships!);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
const dir = values.out ? path.resolve(values.out) : DEFAULT_DATA_DIR;
const file = dataFile(dir, relationships, seed);
const t0 = performance.now();
const meta = generate(
  { relationships, seed, actors: values.actors ? parseSize(values.actors) : undefined },
  file,
);
const seconds = (performance.now() - t0) / 1000;
console.log(
  `${path.relative(process.cwd(), file)}: ${meta.actors} actors, ${meta.relationships} relationships, ` +
    `${(meta.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`,
);
console.log(`degree: ${JSON.stringify(meta.degree)}`);
console.log(`by type: ${JSON.stringify(meta.relationshipsByType)}`);
