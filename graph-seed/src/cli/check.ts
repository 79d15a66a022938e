/**
 * `npm run seed:check [-- <data dir>]`: validate the curated seed and its
 * statement checklist (coverage.yaml) and list every problem (file:line, code,
 * record id, field). Exits 1 when invalid.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKLIST_FILE, validateChecklistDir } from '../checklist/checklist';
import { DEFAULT_DATA_DIR } from '../load';
import { formatIssue, type SeedIssue } from '../validate/issues';
import { validateSeedDir } from '../validate/validate';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DATA_DIR;
const { issues, seed } = validateSeedDir(dir);
// A directory without a checklist (a test fixture) is checked for its seed only.
const checklist: SeedIssue[] =
  seed && fs.existsSync(path.join(dir, CHECKLIST_FILE))
    ? validateChecklistDir(dir, seed).issues
    : [];

if (seed && checklist.length === 0) {
  console.log(
    `Seed OK (${dir}): ${seed.documents.length} documents, ${seed.actors.length} actors, ` +
      `${seed.relationships.length} relationships.`,
  );
} else {
  const all = [...issues, ...checklist];
  console.error(`Seed INVALID (${dir}): ${all.length} problem${all.length === 1 ? '' : 's'}`);
  for (const issue of all) console.error(`  ${formatIssue(issue)}`);
  process.exitCode = 1;
}
