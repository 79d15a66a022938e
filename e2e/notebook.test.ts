import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startServer, type RunningServer } from './support/server';

/**
 * notebooks/explore.ipynb, executed top to bottom with nbclient against the
 * explorer started the README's way. Needs Python 3 with
 * notebooks/requirements.txt: without them it says so loudly and passes one
 * test named SKIPPED, or fails when CI=true.
 */

const NOTEBOOK = path.join(REPO_ROOT, 'notebooks', 'explore.ipynb');
const RUNNER = path.join(REPO_ROOT, 'notebooks', 'run.py');
const PYTHON = process.env.PYTHON ?? 'python3';
const INSTALL = 'python3 -m pip install -r notebooks/requirements.txt';
const MINUTES = 60_000;

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  execution_count?: number | null;
  outputs?: Output[];
  metadata?: Record<string, unknown>;
}
interface Notebook {
  cells: Cell[];
}

const readNotebook = (file: string): Notebook => JSON.parse(fs.readFileSync(file, 'utf8'));
const codeCells = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'code');
const join = (s: string | string[] | undefined) => (Array.isArray(s) ? s.join('') : (s ?? ''));
const outputText = (cell: Cell) =>
  (cell.outputs ?? [])
    .map(
      (o) =>
        join(o.text) + join(o.data?.['text/plain']) + (o.ename ? `${o.ename}: ${o.evalue}` : ''),
    )
    .join('\n');

/** Why the notebook cannot run here, or null when it can. */
function pythonProblem(): string | null {
  const probe = spawnSync(
    PYTHON,
    [
      '-c',
      [
        'import requests, pandas, matplotlib, networkx, nbformat, nbclient, ipykernel',
        'from jupyter_client.kernelspec import KernelSpecManager',
        "KernelSpecManager().get_kernel_spec('python3')",
      ].join('\n'),
    ],
    { encoding: 'utf8', timeout: 2 * MINUTES },
  );
  if (probe.error) return `${PYTHON} could not run: ${probe.error.message}`;
  if (probe.status !== 0)
    return probe.stderr.trim().split('\n').at(-1) ?? `${PYTHON} exited ${probe.status}`;
  return null;
}

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}

describe('notebooks/explore.ipynb as committed', () => {
  it('was executed top to bottom in one run, with no error output and no timestamps', () => {
    const cells = codeCells(readNotebook(NOTEBOOK));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.map((c) => c.execution_count)).toEqual(cells.map((_, i) => i + 1));
    for (const cell of cells) {
      expect((cell.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
      expect(cell.metadata?.execution).toBeUndefined();
    }
  });
});

const problem = pythonProblem();

if (problem && process.env.CI !== 'true') {
  it(`SKIPPED: notebook test needs \`${INSTALL}\``, () => {
    console.warn(
      [
        '',
        '#'.repeat(78),
        `#  SKIPPED: notebook test needs \`${INSTALL}\``,
        `#  (${problem})`,
        '#  notebooks/explore.ipynb was NOT executed against the server.',
        '#'.repeat(78),
        '',
      ].join('\n'),
    );
  });
} else {
  describe('notebooks/explore.ipynb against the running explorer', () => {
    let server: RunningServer | undefined;
    let workDir: string | undefined;

    beforeAll(async () => {
      if (problem) return;
      server = await startServer();
      workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-notebook-'));
    }, 5 * MINUTES);

    afterAll(async () => {
      await server?.stop();
      if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
    });

    it(
      'executes every cell without an error (nbclient)',
      async () => {
        if (problem)
          throw new Error(
            `CI=true and the notebook cannot run: ${problem}\nInstall with: ${INSTALL}`,
          );
        const executed = path.join(workDir!, 'explore.ipynb');
        const { code, log } = await run(
          PYTHON,
          [RUNNER, '--output', executed, '--timeout', '120'],
          {
            EXPLORER_URL: `${server!.url}/graphql`,
          },
        );
        if (code !== 0)
          throw new Error(
            `notebook execution failed (exit ${code}):\n${log}\n--- server output ---\n${server!.output()}`,
          );

        const cells = codeCells(readNotebook(executed));
        expect(cells.every((c) => typeof c.execution_count === 'number')).toBe(true);
        expect(
          cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error'),
        ).toEqual([]);
        const text = cells.map(outputText).join('\n');
        expect(text).toMatch(/\[NOT_FOUND\]/); // the helper surfaces extensions.code
        expect(text).toMatch(/LINKED/); // Ali Shamkhani's exposure
        expect(text).toMatch(/MultiDiGraph with \d+ nodes and \d+ edges/);
        const images = cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.['image/png']);
        expect(images).toHaveLength(2); // the money-flow bar chart and the neighbourhood drawing
      },
      5 * MINUTES,
    );
  });
}
