/**
 * `npm run seed:report [-- <data dir>]`: the essay coverage against the
 * statement checklist (coverage.yaml), counts by kind, type and validity, and
 * the gaps (isolated actors, figures without amounts, undated and inferred
 * relationships).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKLIST_FILE, validateChecklistDir } from '../checklist/checklist';
import { DEFAULT_DATA_DIR, readSeed } from '../load';
import { buildReport, formatReport } from '../report';
import { formatIssue, SeedValidationError } from '../validate/issues';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DATA_DIR;
try {
  const seed = readSeed(dir);
  const checklist = fs.existsSync(path.join(dir, CHECKLIST_FILE))
    ? validateChecklistDir(dir, seed)
    : undefined;
  if (checklist && !checklist.summary) {
    console.error('The statement checklist has problems:');
    for (const issue of checklist.issues) console.error(`  ${formatIssue(issue)}`);
    console.error('\nFix these first (npm run seed:check).');
    process.exitCode = 1;
  } else {
    console.log(formatReport(seed, buildReport(seed), checklist?.summary));
  }
} catch (e) {
  if (!(e instanceof SeedValidationError)) throw e;
  console.error(e.message);
  console.error('\nFix these first (npm run seed:check).');
  process.exitCode = 1;
}
