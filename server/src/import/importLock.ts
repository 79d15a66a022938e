import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { GraphStore } from '../store/GraphStore';
import { ImportError, ImportErrorCode } from './ImportError';

/**
 * One import at a time per DATA_DIR and per Neo4j database: a second import
 * started while one runs fails at once (IMPORT_LOCKED, saying who holds the
 * lock) instead of reading the same state, writing after the first and
 * losing its update.
 *
 * - DATA_DIR: an exclusive SQLite transaction on `DATA_DIR/import.lock`
 *   held for the whole import. The operating system releases it when the
 *   process ends, however it ends (a SIGKILLed import leaves no stale lock).
 *   The file itself stays (it holds nothing); `import.lock.json` beside it
 *   says who holds it, for the message.
 * - Neo4j: a lock node in the database (store/neo4j/locks.ts) with an owner
 *   and an expiry, renewed while the import runs; one left by a killed
 *   import on this machine is taken over at once, one from elsewhere once
 *   it expires.
 */

export const LOCK_FILE = 'import.lock';
/** A Neo4j lock not renewed for this long is free. */
export const NEO4J_LOCK_TTL_MS = 60_000;
const NEO4J_LOCK_NAME = 'import';

export interface ImportLock {
  /** Throws IMPORT_LOCKED when the lock was lost meanwhile (a Neo4j lock that expired). */
  assertHeld(): void;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
  command: string;
}

const me = (): Holder => ({
  pid: process.pid,
  host: os.hostname(),
  since: new Date().toISOString(),
  command: process.argv.slice(2).join(' '),
});

const describe = (h: Partial<Holder> | undefined): string =>
  h?.pid
    ? `pid ${h.pid} on ${h.host ?? '?'}, started ${h.since ?? '?'}${h.command ? `: import ${h.command}` : ''}`
    : 'another process';

/** Takes the DATA_DIR lock, or fails at once with IMPORT_LOCKED. */
export function lockDataDir(dataDir: string): ImportLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    let holder: Partial<Holder> | undefined;
    try {
      holder = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Holder;
    } catch {
      holder = undefined;
    }
    throw new ImportError(
      ImportErrorCode.IMPORT_LOCKED,
      `another import is running on ${dataDir} (${describe(holder)}); ` +
        'run one import at a time: wait for it to finish, then run this one again',
      { file },
    );
  }
  fs.writeFileSync(`${file}.json`, `${JSON.stringify(me())}\n`);
  return {
    assertHeld: () => undefined,
    release: async () => {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/** The lock methods of a store that has them (the Neo4j store). */
interface LockingStore {
  acquireLock(lock: {
    name: string;
    owner: string;
    info: string;
    ttlMs: number;
    replacing?: string;
  }): Promise<{ owner: string; info: string; expires: number; now: number } | undefined>;
  renewLock(lock: { name: string; owner: string; ttlMs: number }): Promise<boolean>;
  releaseLock(lock: { name: string; owner: string }): Promise<void>;
}

function isLocking(store: GraphStore): store is GraphStore & LockingStore {
  return typeof (store as Partial<LockingStore>).acquireLock === 'function';
}

/** Whether a process of this machine is alive (a lock holder that is not has died). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the store's own lock when it has one (Neo4j), renewing it every
 * third of its lifetime; a store without one (the embedded store, whose
 * data is DATA_DIR's) needs none beyond lockDataDir.
 */
export async function lockStore(store: GraphStore, ttlMs = NEO4J_LOCK_TTL_MS): Promise<ImportLock> {
  if (!isLocking(store)) return { assertHeld: () => undefined, release: async () => undefined };
  const owner = randomUUID();
  const info = JSON.stringify(me());
  const name = NEO4J_LOCK_NAME;
  let holder = await store.acquireLock({ name, owner, info, ttlMs });
  if (holder) {
    const other = JSON.parse(holder.info || '{}') as Partial<Holder>;
    // Left by an import killed on this machine: take it over now, not once it expires.
    if (other.host === os.hostname() && other.pid && !alive(other.pid)) {
      holder = await store.acquireLock({ name, owner, info, ttlMs, replacing: holder.owner });
    }
  }
  if (holder) {
    const other = JSON.parse(holder.info || '{}') as Partial<Holder>;
    const left = Math.max(0, Math.ceil((holder.expires - holder.now) / 1000));
    throw new ImportError(
      ImportErrorCode.IMPORT_LOCKED,
      `another import is running on this Neo4j database (${describe(other)}); ` +
        `its lock expires in ${left} s unless renewed: wait for it to finish, then run this one again`,
    );
  }
  let lost = false;
  const timer = setInterval(() => {
    store.renewLock({ name, owner, ttlMs }).then(
      (held) => {
        if (!held) lost = true;
      },
      () => undefined, // a failed renewal is retried next time; the lock outlives a few of them
    );
  }, ttlMs / 3);
  timer.unref();
  return {
    assertHeld: () => {
      if (lost) {
        throw new ImportError(
          ImportErrorCode.IMPORT_LOCKED,
          'the import lost its lock on the Neo4j database (not renewed in time); run it again',
        );
      }
    },
    release: async () => {
      clearInterval(timer);
      await store.releaseLock({ name, owner });
    },
  };
}
