/**
 * `npm run seed:check [-- <data dir>]`: validate the curated seed and list every
 * problem (file:line, code, record id, field). Exits 1 when invalid.
 */
import * as path from 'node:path';
import { DEFAULT_DATA_DIR } from '../load';
import { formatIssue } from '../validate/issues';
import { validateSeedDir } from '../validate/validate';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DATA_DIR;
const { issues, seed } = validateSeedDir(dir);

if (seed) {
  console.log(
    `Seed OK (${dir}): ${seed.documents.length} documents, ${seed.actors.length} actors, ` +
      `${seed.relationships.length} relationships.`,
  );
} else {
  console.error(`Seed INVALID (${dir}): ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exitCode = 1;
}
