import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES_FILE, REPO_ROOT, SERVER_ENTRY, sleep, tempDir, removeTemp } from './paths';

/** The real server: `node server/dist/index.js` in its own process. */
export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The JSON log lines (pino) so far. */
  logs(): LogLine[];
  /** Resolves when the process exits. */
  readonly exited: Promise<Exit>;
  /** Sends a signal; resolves with the exit (SIGKILL after `timeoutMs`). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
  /** Memory after a full GC (needs `memoryProbe: true`). */
  probeMemory(): Promise<MemorySample>;
}

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

const PROBE = path.join(__dirname, 'memoryProbe.cjs');
const LOG_DIR = path.dirname(FIGURES_FILE);

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() at exit. */
  at: number;
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  // A failed or aborted suite must not leave servers behind.
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts the server with `env` on a free port (PORT=0, read back from its
 * log) and waits until /healthz answers. DATA_DIR is a fresh temp dir unless
 * given; the client is not served.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  options: {
    timeoutMs?: number;
    /** Its output goes to test-results/resilience/<label>.log when it exits. */
    label?: string;
    /** Preload support/memoryProbe.cjs (with --expose-gc) for `probeMemory`. */
    memoryProbe?: boolean;
  } = {},
): Promise<ServerProcess> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const ownDataDir = env.DATA_DIR === undefined ? tempDir('data') : undefined;
  const nodeArgs = options.memoryProbe ? ['--expose-gc', '-r', PROBE] : [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      CLIENT_DIST: '/nonexistent',
      ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      removeTemp(ownDataDir);
      if (options.label) {
        fs.mkdirSync(LOG_DIR, { recursive: true });
        fs.writeFileSync(path.join(LOG_DIR, `${options.label}.log`), out);
      }
      resolve({ code, signal, at: Date.now() });
    });
  });
  let exit: Exit | undefined;
  void exited.then((e) => (exit = e));

  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  while (!url) {
    const match = /Actor-network explorer: (http:\/\/[\d.]+:\d+)\//.exec(out);
    if (match) url = match[1];
    else if (exit) throw new Error(`server exited (${exit.code ?? exit.signal}) at start:\n${out}`);
    else if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not listening within ${timeoutMs} ms:\n${out}`);
    } else await sleep(50);
  }
  await waitFor(async () => (await fetch(`${url}/healthz`)).status === 200, {
    timeoutMs: Math.max(1000, deadline - Date.now()),
    what: '/healthz 200',
  });

  return {
    url,
    pid: child.pid!,
    output: () => out,
    logs: () =>
      out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as LogLine];
          } catch {
            return [];
          }
        }),
    exited,
    async probeMemory() {
      const before = out.length;
      child.kill('SIGUSR2');
      let sample: MemorySample | undefined;
      await waitFor(
        async () => {
          const match = /MEMORY_PROBE (\{.*\})\n/.exec(out.slice(before));
          if (match) sample = JSON.parse(match[1]!) as MemorySample;
          return sample !== undefined;
        },
        { timeoutMs: 10_000, what: 'a memory probe line', intervalMs: 20 },
      );
      return sample!;
    },
    async stop(signal = 'SIGTERM', stopTimeoutMs = 15_000) {
      if (exit) return exit;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Polls `check` until it returns true; throws after `timeoutMs`. Returns the time it took. */
export async function waitFor(
  check: () => Promise<boolean>,
  options: { timeoutMs: number; what: string; intervalMs?: number },
): Promise<number> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return Date.now() - started;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > options.timeoutMs) {
      throw new Error(
        `not ${options.what} within ${options.timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await sleep(options.intervalMs ?? 100);
  }
}
