import type { Neo4jClient } from './Neo4jClient';
import { run } from './Neo4jClient';

/**
 * Named locks in the database itself, for work that must not run twice at
 * once against one Neo4j (two imports from two machines): one
 * `(:ImportLock {name})` node per name (unique), holding its owner, what the
 * owner said about itself, since when, and until when (`expires`, in the
 * database's clock). A lock past its expiry is free; its owner renews it
 * while it works.
 */

export interface LockHolder extends Record<string, unknown> {
  owner: string;
  /** What the holder said about itself (host, pid, command), JSON. */
  info: string;
  since: number;
  expires: number;
  /** The database's clock when this was read. */
  now: number;
}

const CONSTRAINT =
  'CREATE CONSTRAINT import_lock_name IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.name IS UNIQUE';

/**
 * Takes the lock `name` for `owner` for `ttlMs`, when it is free, expired,
 * already `owner`'s, or held by `replacing` (a holder known to be dead).
 * Returns undefined when taken, else who holds it.
 */
export async function acquireLock(
  client: Neo4jClient,
  lock: { name: string; owner: string; info: string; ttlMs: number; replacing?: string },
): Promise<LockHolder | undefined> {
  try {
    await client.autoCommit('lock', CONSTRAINT);
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (!(typeof cause?.code === 'string' && /AlreadyExists/.test(cause.code))) throw error;
  }
  return client.writeTx('lock', async (tx) => {
    const taken = await run<{ owner: string }>(
      tx,
      `MERGE (l:ImportLock {name: $name})
       ON CREATE SET l.owner = $owner, l.info = $info, l.since = timestamp(), l.expires = timestamp() + $ttl
       WITH l
       WHERE l.owner = $owner OR l.expires < timestamp() OR l.owner = $replacing
       SET l.owner = $owner, l.info = $info, l.since = timestamp(), l.expires = timestamp() + $ttl
       RETURN l.owner AS owner`,
      { ...lock, ttl: lock.ttlMs, replacing: lock.replacing ?? null },
    );
    if (taken.length > 0) return undefined;
    const [holder] = await run<LockHolder>(
      tx,
      `MATCH (l:ImportLock {name: $name})
       RETURN l.owner AS owner, l.info AS info, l.since AS since, l.expires AS expires, timestamp() AS now`,
      { name: lock.name },
    );
    return holder;
  });
}

/** Extends `owner`'s hold; false when it no longer holds the lock. */
export async function renewLock(
  client: Neo4jClient,
  lock: { name: string; owner: string; ttlMs: number },
): Promise<boolean> {
  const rows = await client.writeTx('lock', (tx) =>
    run<{ n: number }>(
      tx,
      `MATCH (l:ImportLock {name: $name, owner: $owner})
       SET l.expires = timestamp() + $ttl RETURN count(l) AS n`,
      { name: lock.name, owner: lock.owner, ttl: lock.ttlMs },
    ),
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Gives the lock up, if `owner` holds it. */
export async function releaseLock(
  client: Neo4jClient,
  lock: { name: string; owner: string },
): Promise<void> {
  await client.writeTx('lock', (tx) =>
    run(tx, 'MATCH (l:ImportLock {name: $name, owner: $owner}) DELETE l', lock),
  );
}
