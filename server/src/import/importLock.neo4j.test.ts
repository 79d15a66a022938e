import * as os from 'node:os';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';
import { ImportErrorCode } from './ImportError';
import { lockStore } from './importLock';

// A fresh database builds its indexes first.
jest.setTimeout(120_000);

/** A pid no process of this machine has (pids stay far below 2^22 on Linux). */
const DEAD_PID = 4_000_000 + (process.pid % 1000);

describeNeo4j('one import at a time on a Neo4j database', (connection) => {
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = new Neo4jGraphStore(connection);
    await store.init();
  });
  beforeEach(() => store.clear());
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it('refuses a second import while the first holds the lock, and lets it in once released', async () => {
    const first = await lockStore(store);
    // Another process's import: its own connection to the same database.
    const other = new Neo4jGraphStore(connection);
    try {
      await expect(lockStore(other)).rejects.toMatchObject({
        code: ImportErrorCode.IMPORT_LOCKED,
        message: expect.stringMatching(
          new RegExp(`another import is running on this Neo4j database \\(pid ${process.pid} on `),
        ),
      });
      await first.release();
      const second = await lockStore(other);
      await second.release();
    } finally {
      await other.close();
    }
  });

  it('takes over at once a lock left by a killed import of this machine', async () => {
    const ghost = { name: 'import', owner: 'killed-import', ttlMs: 3_600_000 };
    const info = JSON.stringify({ pid: DEAD_PID, host: os.hostname(), since: 'earlier' });
    expect(await store.acquireLock({ ...ghost, info })).toBeUndefined();
    const lock = await lockStore(store);
    await lock.release();
  });

  it('waits out a live lock from another machine, and takes it once it has expired', async () => {
    const info = JSON.stringify({ pid: 1, host: 'another-machine', since: 'earlier' });
    await store.acquireLock({ name: 'import', owner: 'elsewhere', info, ttlMs: 3_600_000 });
    await expect(lockStore(store)).rejects.toMatchObject({ code: ImportErrorCode.IMPORT_LOCKED });
    // The same lock, now past its expiry (as if its owner stopped renewing it).
    await store.acquireLock({ name: 'import', owner: 'elsewhere', info, ttlMs: -1000 });
    const lock = await lockStore(store);
    await lock.release();
  });

  it('renews its lock while the import runs', async () => {
    const lock = await lockStore(store, 1500);
    const other = new Neo4jGraphStore(connection);
    try {
      const expiry = async () =>
        (await other.acquireLock({ name: 'import', owner: 'probe', info: '{}', ttlMs: 1 }))!
          .expires;
      const first = await expiry();
      // Renewed every half second: the expiry moves on while the lock is held.
      let later = first;
      for (let i = 0; i < 100 && later === first; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        later = await expiry();
      }
      expect(later).toBeGreaterThan(first);
      lock.assertHeld();
    } finally {
      await lock.release();
      await other.close();
    }
  });
});
