/**
 * `npm run seed:report [-- <data dir>]`: counts by kind and type, and the gaps
 * (isolated actors, figures without amounts, undated relationships).
 */
import * as path from 'node:path';
import { DEFAULT_DATA_DIR, readSeed } from '../load';
import { formatReport } from '../report';
import { SeedValidationError } from '../validate/issues';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DATA_DIR;
try {
  console.log(formatReport(readSeed(dir)));
} catch (e) {
  if (!(e instanceof SeedValidationError)) throw e;
  console.error(e.message);
  console.error('\nFix these first (npm run seed:check).');
  process.exitCode = 1;
}
