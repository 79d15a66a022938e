import { fork } from 'node:child_process';
import path from 'node:path';
import type { Serving } from './serve';

/**
 * Parent <-> child messages. Each store runs in its own child process (a
 * clean heap to measure, and no competition with the HTTP load generator,
 * which runs in the parent): the child loads and measures its store, then
 * serves HTTP until the parent has measured it.
 */
export type ChildMessage =
  | { type: 'log'; line: string }
  | { type: 'ready'; serving: Serving }
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string };

export type ParentMessage = { type: 'httpDone' };

const TSCONFIG = path.resolve(__dirname, '..', 'tsconfig.json');

/** In a child: send a message to the parent. */
export function send(message: ChildMessage): void {
  process.send?.(message);
}

export function log(line: string): void {
  send({ type: 'log', line });
}

/** In a child: resolves when the parent says HTTP measurement is over. */
export function httpDone(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: ParentMessage) => {
      if (m.type === 'httpDone') {
        process.off('message', onMessage);
        resolve();
      }
    };
    process.on('message', onMessage);
  });
}

/** Runs a child bench in its own process; `onReady` measures its HTTP servers. */
export function runChild<R>(
  script: string,
  args: unknown,
  onLog: (line: string) => void,
  onReady: (serving: Serving) => Promise<void>,
  options: { maxOldSpaceMb?: number } = {},
): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(path.resolve(__dirname, script), [JSON.stringify(args)], {
      execArgv: [
        '--expose-gc',
        `--max-old-space-size=${options.maxOldSpaceMb ?? 8192}`,
        '--import',
        'tsx',
      ],
      // As deployed (the Dockerfile sets NODE_ENV=production): graphql-js, Express and the app's
      // own config read it; bench/README.md (fix 11) measured the difference.
      env: { ...process.env, NODE_ENV: 'production', TSX_TSCONFIG_PATH: TSCONFIG },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: R | undefined;
    let failure: Error | undefined;
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'log') onLog(m.line);
      else if (m.type === 'result') result = m.result as R;
      else if (m.type === 'error') failure = new Error(m.message);
      else if (m.type === 'ready') {
        onReady(m.serving).then(
          () => child.send({ type: 'httpDone' } satisfies ParentMessage),
          (error: unknown) => {
            failure = error instanceof Error ? error : new Error(String(error));
            child.send({ type: 'httpDone' } satisfies ParentMessage);
          },
        );
      }
    });
    child.on('exit', (code, signal) => {
      if (failure) reject(failure);
      else if (result !== undefined) resolve(result);
      else reject(new Error(`${script} exited (${code ?? signal}) without a result`));
    });
  });
}

/** In a child: run `main`, report its result or error, and exit once the message is out. */
export function childMain<A, R>(main: (args: A) => Promise<R>): void {
  const args = JSON.parse(process.argv[2] ?? '{}') as A;
  const finish = (message: ChildMessage, code: number) =>
    process.send?.(message, undefined, {}, () => process.exit(code)) ?? process.exit(code);
  main(args).then(
    (result) => finish({ type: 'result', result }, 0),
    (error: unknown) =>
      finish(
        {
          type: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
        1,
      ),
  );
}
