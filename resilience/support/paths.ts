import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_ENTRY = path.join(REPO_ROOT, 'server', 'dist', 'index.js');
export const IMPORT_CLI = path.join(REPO_ROOT, 'server', 'dist', 'import', 'cli.js');
export const FIGURES_FILE = path.join(REPO_ROOT, 'test-results', 'resilience', 'figures.json');

/** A fresh directory under the OS temp dir, removed by `removeTemp`. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `resilience-${prefix}-`));
}

export function removeTemp(dir: string | undefined): void {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
