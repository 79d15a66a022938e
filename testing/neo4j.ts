import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as os from 'node:os';

/**
 * Neo4j instances of our own (never a database somebody else uses): each on
 * a free Bolt port with its data dir, log and pid file under the OS temp
 * dir, started with the project's launcher (neo4j/start-background.sh) and
 * stopped with neo4j/stop.sh. Used by `npm test` (testing/jestGlobalSetup.ts),
 * the resilience suites and their helpers.
 */

export const REPO_ROOT = path.resolve(__dirname, '..');
const LAUNCHER = path.join(REPO_ROOT, 'neo4j');
const BUILT = path.join(LAUNCHER, 'target', '.build-ok');
export const NEO4J_PASSWORD = 'devpassword';

/** How to get what the launcher needs on Debian/Ubuntu (the CI machine's family). */
export const NEO4J_INSTALL_HINT =
  'sudo apt-get install -y openjdk-17-jre-headless maven  (Java 17 + Maven; see neo4j/README.md)';

/** Why the project's launcher cannot start a Neo4j here (with the install command), or undefined. */
export function neo4jUnavailableReason(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return `java is not installed: ${NEO4J_INSTALL_HINT}`;
  if (!fs.existsSync(BUILT)) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0)
      return `the Neo4j launcher is not built and mvn is missing: ${NEO4J_INSTALL_HINT}`;
  }
  return undefined;
}

/** A fresh directory under the OS temp dir. */
function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

function removeTemp(dir: string | undefined): void {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `describe` for suites that run their own Neo4j. Without Java (or Maven
 * for a first build), one placeholder test says so loudly, and fails when
 * CI=true.
 */
export function describeWithNeo4j(title: string, body: () => void): void {
  const reason = neo4jUnavailableReason();
  describe(title, () => {
    if (!reason) {
      body();
      return;
    }
    const banner = `\n${'*'.repeat(72)}\n* SKIPPED: ${title}\n* needs a local Neo4j (neo4j/README.md): ${reason}\n${'*'.repeat(72)}\n`;
    console.warn(banner);
    test(`cannot run: ${reason}`, () => {
      if (process.env.CI === 'true') throw new Error(`${title}: ${reason} — CI requires it`);
      console.warn(banner);
    });
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function portOpen(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

const started = new Set<number>();
process.on('exit', () => {
  // A failed or aborted suite must not leave a JVM behind.
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

export class Neo4jInstance {
  readonly dir: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly pidFile: string;

  private constructor(
    readonly port: number,
    prefix: string,
  ) {
    this.dir = tempDir(`${prefix}-neo4j-${port}`);
    this.dataDir = path.join(this.dir, 'data');
    this.logFile = path.join(this.dir, 'neo4j.log');
    this.pidFile = path.join(this.dir, 'neo4j.pid');
  }

  /** A new instance on a free port (not started: nothing listens there yet). */
  static async create(prefix = 'resilience'): Promise<Neo4jInstance> {
    let port = await freePort();
    // Stay clear of the development instance (`npm run neo4j`).
    while (port === 7687) port = await freePort();
    return new Neo4jInstance(port, prefix);
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Server environment for this instance. */
  serverEnv(): NodeJS.ProcessEnv {
    return {
      STORE: 'neo4j',
      NEO4J_URI: this.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD,
      NEO4J_DATABASE: 'neo4j',
    };
  }

  /** The JVM's pid (run.sh execs java), while it runs. */
  pid(): number | undefined {
    try {
      const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
      return pid > 0 && alive(pid) ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** Starts (or restarts on the same data dir) and waits until Bolt is ready; returns the ms it took. */
  async start(): Promise<number> {
    const t0 = Date.now();
    const result = await this.script('start-background.sh');
    if (result.code !== 0) {
      throw new Error(`Neo4j on ${this.port} did not start (${result.code}):\n${result.output}`);
    }
    const pid = this.pid();
    if (pid) started.add(pid);
    return Date.now() - t0;
  }

  /**
   * Synchronous last resort for process exit and Ctrl-C: SIGKILL the JVM
   * (and a Maven build still running in its group), delete the data dir.
   */
  killNowAndRemove(): void {
    const pid = this.pid();
    if (pid) {
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // gone already, or not a group leader
        }
      }
      started.delete(pid);
    }
    removeTemp(this.dir);
  }

  /** SIGKILL the JVM (a crash: no clean shutdown); resolves once it is gone. */
  async kill(): Promise<void> {
    const pid = this.pid();
    if (!pid) throw new Error(`Neo4j on ${this.port} is not running`);
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(20);
    started.delete(pid);
    fs.rmSync(this.pidFile, { force: true });
  }

  /** Clean stop with neo4j/stop.sh (SIGTERM, then SIGKILL after 30 s). */
  async stop(): Promise<void> {
    const pid = this.pid();
    await this.script('stop.sh', { NEO4J_STOP_TIMEOUT: '30' });
    if (pid) started.delete(pid);
  }

  /** Stops and deletes the data dir. */
  async dispose(): Promise<void> {
    await this.stop();
    removeTemp(this.dir);
  }

  /** The last lines of the Neo4j log, for failure messages. */
  logTail(lines = 30): string {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  private script(
    name: string,
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn('bash', [path.join(LAUNCHER, name)], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NEO4J_BOLT_PORT: String(this.port),
          NEO4J_DATA_DIR: this.dataDir,
          NEO4J_LOG: this.logFile,
          NEO4J_PIDFILE: this.pidFile,
          NEO4J_PASSWORD,
          NEO4J_HEAP: '768m',
          NEO4J_PAGECACHE: '128m',
          NEO4J_START_TIMEOUT: '150',
          ...extraEnv,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }
}

/** Whether `pid` runs (a zombie waiting to be reaped counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
