import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * The bench's own Neo4j: never the shared development database (others'
 * tests clear and fill bolt://127.0.0.1:7687). By default a second instance
 * of the local launcher (neo4j/start-background.sh) on Bolt port 7697 with
 * its data in /tmp/bench-neo4j, started when nothing answers there and
 * stopped at the end if the bench started it.
 *
 * Env: BENCH_NEO4J_URI (use this database as is: nothing started or
 * stopped), BENCH_NEO4J_PORT (7697), BENCH_NEO4J_DIR (/tmp/bench-neo4j),
 * BENCH_NEO4J_HEAP (2g), BENCH_NEO4J_PAGECACHE (1g), NEO4J_USER /
 * NEO4J_PASSWORD (neo4j / devpassword).
 */

const ROOT = path.resolve(__dirname, '..', '..');

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  /** How it came to be: "started", "already running" or "BENCH_NEO4J_URI". */
  origin: string;
  stop(): void;
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export async function ensureBenchNeo4j(
  log: (line: string) => void,
  keep: boolean,
): Promise<BenchNeo4j> {
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'devpassword';
  if (process.env.BENCH_NEO4J_URI) {
    return {
      uri: process.env.BENCH_NEO4J_URI,
      user,
      password,
      origin: 'BENCH_NEO4J_URI',
      stop() {},
    };
  }
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7697);
  const dir = process.env.BENCH_NEO4J_DIR ?? '/tmp/bench-neo4j';
  const uri = `bolt://127.0.0.1:${port}`;
  if (await portOpen('127.0.0.1', port)) {
    log(`neo4j: using the instance already running at ${uri} (left running)`);
    return { uri, user, password, origin: 'already running', stop() {} };
  }
  const env = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_DATA_DIR: path.join(dir, 'data'),
    NEO4J_PIDFILE: path.join(dir, 'neo4j.pid'),
    NEO4J_LOG: path.join(dir, 'neo4j.log'),
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '2g',
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
  };
  log(`neo4j: starting a bench instance at ${uri} (data in ${dir})`);
  const started = spawnSync('bash', [path.join(ROOT, 'neo4j', 'start-background.sh')], {
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (started.status !== 0) {
    throw new Error(
      `could not start Neo4j: ${(started.stderr || started.stdout).trim().slice(-2000)}`,
    );
  }
  log(`neo4j: ${started.stdout.trim()}`);
  return {
    uri,
    user,
    password,
    origin: 'started',
    stop() {
      if (keep) {
        log(`neo4j: bench instance left running at ${uri} (--keep-neo4j)`);
        return;
      }
      const stopped = spawnSync('bash', [path.join(ROOT, 'neo4j', 'stop.sh')], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      log(`neo4j: ${(stopped.stdout || stopped.stderr).trim()}`);
    },
  };
}
