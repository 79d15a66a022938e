import * as net from 'node:net';
import neo4j from 'neo4j-driver';
import { loadSeed, readSeed } from '@explorer/graph-seed';
import { type Actor, type Relationship } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import { designationContract } from '../contract/designationContract';
import { graphStoreContract } from '../contract/graphStoreContract';
import { linkContract } from '../contract/linkContract';
import { timelineContract } from '../contract/timelineContract';
import { timeWindowContract } from '../contract/timeWindowContract';
import { fixtureActors, fixtureRelationships, on } from '../contract/fixture';
import type { GraphStore } from '../GraphStore';
import { MemoryGraphStore } from '../memory/MemoryGraphStore';
import { Neo4jGraphStore } from './Neo4jGraphStore';
import type { Neo4jConnection } from './Neo4jClient';
import { describeNeo4j } from './testSupport';
import { WRITE_BATCH } from './writes';

// Creating indexes on a fresh database takes a few seconds.
jest.setTimeout(60_000);

async function emptyStore(connection: Neo4jConnection): Promise<Neo4jGraphStore> {
  const store = new Neo4jGraphStore(connection);
  await store.init();
  await store.clear();
  return store;
}

describeNeo4j('Neo4jGraphStore on a real Neo4j', (connection) => {
  describe('meets the GraphStore contract', () => {
    graphStoreContract(() => emptyStore(connection));
  });

  describe('meets the designation contract', () => {
    designationContract(() => emptyStore(connection));
  });

  describe('meets the link contract', () => {
    linkContract(() => emptyStore(connection));
  });

  describe('meets the timeline contract', () => {
    timelineContract(() => emptyStore(connection));
  });

  describe('meets the time-window contract', () => {
    timeWindowContract(() => emptyStore(connection));
  });

  describe('with the curated seed', () => {
    const seed = readSeed();
    let store: Neo4jGraphStore;
    const memory = new MemoryGraphStore();

    beforeAll(async () => {
      store = await emptyStore(connection);
      await loadSeed(memory, seed);
    });
    afterAll(() => store.close());

    it('loading twice gives identical counts, the same as the embedded store', async () => {
      await loadSeed(store, seed);
      const once = await store.stats();
      await loadSeed(store, seed);
      expect(await store.stats()).toEqual(once);
      expect(once).toEqual(await memory.stats());
      expect(once.actors).toBe(seed.actors.length);
      expect(once.relationships).toBe(seed.relationships.length);
    });

    it('reads back every actor and relationship exactly as written', async () => {
      expect(await store.getActors(seed.actors.map((a) => a.id))).toEqual(seed.actors);
      expect(await store.getRelationships(seed.relationships.map((r) => r.id))).toEqual(
        seed.relationships,
      );
    });

    it('answers like the embedded store: search, by name, token and prefix', async () => {
      const queries = new Set<string>(['s', 'sk', 'a', 'al', 'irgc', 'hizballah', 'quds']);
      for (const actor of seed.actors) {
        queries.add(actor.name);
        queries.add(actor.name.split(/\s+/)[0]!);
        queries.add(actor.name.slice(0, 2));
        for (const alias of actor.aliases) queries.add(alias);
      }
      for (const text of queries) {
        const query = { text, first: 20 };
        expect([text, ids(await store.searchActors(query))]).toEqual([
          text,
          ids(await memory.searchActors(query)),
        ]);
      }
    });

    it('answers like the embedded store: walks from every actor', async () => {
      const actorIds = seed.actors.map((a) => a.id);
      const both = async <T>(call: (s: GraphStore) => Promise<T>) =>
        expect(await call(store)).toEqual(await call(memory));
      await both((s) => s.degrees(actorIds));
      await both((s) => s.graph({ limit: 5000 }));
      await both((s) => s.graph({ limit: 40, when: on('2024') }));
      await both((s) => s.listRelationships({ first: 500 }));
      for (const id of actorIds) {
        await both((s) => s.relationshipsOf(id, { direction: 'BOTH', first: 100 }));
        await both((s) => s.neighborhood(id, { depth: 2, limit: 60 }));
        await both((s) => s.neighborhood(id, { depth: 3, limit: 2000, when: on('2025') }));
        await both((s) =>
          s.shortestPaths(id, actorIds[0]!, { maxHops: 6, directed: false, first: 50 }),
        );
        await both((s) =>
          s.traverse(id, {
            steps: [
              { type: 'OWNS', direction: 'OUT' },
              { type: 'PART_OF', direction: 'IN' },
              { type: 'CONTROLS', direction: 'OUT' },
            ],
            maxHops: 4,
            limit: 100,
          }),
        );
        await both((s) =>
          s.nearestDesignated(id, {
            via: ['OWNS', 'CONTROLS', 'PART_OF', 'FUNDS', 'SUPPLIES', 'COMMANDS'],
            maxHops: 4,
            first: 20,
          }),
        );
      }
    });
  });

  describe('injection safety', () => {
    let store: Neo4jGraphStore;
    const hostile = [
      "x'}) DETACH DELETE n //",
      'x`]->() DETACH DELETE n //',
      '" OR 1=1 //',
      '$rows',
      'MATCH (n) DETACH DELETE n',
    ];
    const actors: Actor[] = hostile.map((name, i) => ({
      id: `${name} #${i}`,
      name,
      aliases: [`${name} alias`],
      kind: 'PERSON',
      summary: name,
      origin: 'imported',
      properties: { note: name },
    }));

    beforeAll(async () => {
      store = await emptyStore(connection);
      await store.upsertActors(fixtureActors);
      await store.upsertRelationships(fixtureRelationships);
    });
    afterAll(() => store.close());

    it('stores hostile names and ids literally and finds them, touching nothing else', async () => {
      const before = await store.stats();
      await store.upsertActors(actors);
      const rels: Relationship[] = actors.map((a, i) => ({
        id: `${a.id} rel`,
        type: 'FUNDS',
        source: a.id,
        target: 'alpha',
        program: hostile[i],
        label: hostile[i],
        evidence: [{ excerpt: hostile[i]!, document: hostile[i]! }],
        origin: 'imported',
      }));
      await store.upsertRelationships(rels);
      const after = await store.stats();
      expect(after.actors).toBe(before.actors + actors.length);
      expect(after.relationships).toBe(before.relationships + rels.length);
      expect(await store.getActors(actors.map((a) => a.id))).toEqual(actors);
      expect(await store.getRelationships(rels.map((r) => r.id))).toEqual(rels);
      for (const actor of actors) {
        expect(ids(await store.searchActors({ text: actor.name, first: 10 }))).toContain(actor.id);
      }
      expect(ids(await store.listRelationships({ program: hostile[0], first: 10 }))).toEqual([
        rels[0]!.id,
      ]);
    });

    it('refuses a relationship type or kind outside the allow-list', async () => {
      const bad = { ...fixtureRelationships[0]!, id: 'bad-type', type: 'FUNDS]->() //' };
      await expect(
        store.upsertRelationships([bad as unknown as Relationship]),
      ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      await expect(
        store.relationshipsOf('alpha', {
          direction: 'BOTH',
          types: ['OWNS|FUNDS' as 'OWNS'],
          first: 5,
        }),
      ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      expect(await store.getRelationships(['bad-type'])).toEqual([]);
    });
  });

  describe('moving a relationship', () => {
    let store: Neo4jGraphStore;
    beforeAll(async () => {
      store = await emptyStore(connection);
      await store.upsertActors(fixtureActors);
      await store.upsertRelationships(fixtureRelationships);
    });
    afterAll(() => store.close());

    it('an id upserted with another type or endpoints replaces the old relationship', async () => {
      const moved: Relationship = { ...fixtureRelationships[0]!, type: 'SUPPORTS', target: 'golf' };
      await store.upsertRelationships([moved]);
      expect(await store.getRelationships([moved.id])).toEqual([moved]);
      expect((await store.stats()).relationships).toBe(fixtureRelationships.length);
      const memory = new MemoryGraphStore();
      await memory.upsertActors(fixtureActors);
      await memory.upsertRelationships(fixtureRelationships);
      await memory.upsertRelationships([moved]);
      expect(await store.stats()).toEqual(await memory.stats());
    });

    it('the last of several records with one id wins, as in the embedded store', async () => {
      const base = fixtureRelationships[1]!;
      const a = { ...base, target: 'bravo' };
      const b = { ...base, type: 'FUNDS' as const, target: 'echo', label: 'last' };
      await store.upsertRelationships([a, b]);
      expect(await store.getRelationships([base.id])).toEqual([b]);
    });
  });

  describe('calls larger than one write transaction', () => {
    let store: Neo4jGraphStore;
    const many = (n: number, target: (i: number) => string): Relationship[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `bulk-${String(i).padStart(5, '0')}`,
        type: 'SUPPORTS',
        source: 'alpha',
        target: target(i),
        evidence: [],
        origin: 'imported',
      }));
    beforeAll(async () => {
      store = await emptyStore(connection);
      await store.upsertActors(fixtureActors);
    });
    afterAll(() => store.close());

    it('a bad reference anywhere writes nothing, and a good load is idempotent', async () => {
      const n = WRITE_BATCH + 500;
      const bad = many(n, (i) => (i === n - 1 ? 'nobody' : 'bravo'));
      await expect(store.upsertRelationships(bad)).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
      expect((await store.stats()).relationships).toBe(0);
      const good = many(n, (i) => (i % 2 ? 'bravo' : 'charlie'));
      await store.upsertRelationships(good);
      await store.upsertRelationships(good);
      expect((await store.stats()).relationshipsByType).toEqual({ SUPPORTS: n });
      expect(await store.degrees(['bravo', 'charlie'])).toEqual(
        new Map([
          ['bravo', n / 2],
          ['charlie', n / 2],
        ]),
      );
    });
  });

  describe('errors', () => {
    it('a transaction that passes the query timeout fails with STORE_TIMEOUT', async () => {
      const store = new Neo4jGraphStore({
        ...connection,
        queryTimeoutMs: 500,
        writeTimeoutMs: 500,
      });
      await store.init();
      await store.upsertActors([fixtureActors[0]!]);
      // Hold a write lock on the actor from another connection, so the upsert waits for it.
      const driver = neo4j.driver(
        connection.uri,
        neo4j.auth.basic(connection.user, connection.password),
      );
      const session = driver.session({ database: connection.database });
      const tx = session.beginTransaction();
      try {
        await tx.run('MATCH (a:Actor {id: $id}) SET a.locked = true', {
          id: fixtureActors[0]!.id,
        });
        const started = Date.now();
        await expect(store.upsertActors([fixtureActors[0]!])).rejects.toMatchObject({
          code: ErrorCode.STORE_TIMEOUT,
        });
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        await tx.rollback();
        await session.close();
        await driver.close();
        await store.close();
      }
    });
  });
});

describe('Neo4jGraphStore when Neo4j is down', () => {
  it('ping is false and a read fails fast with STORE_UNAVAILABLE, without Cypher in the message', async () => {
    const port = await closedPort();
    const store = new Neo4jGraphStore({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      queryTimeoutMs: 5000,
    });
    try {
      const started = Date.now();
      expect(await store.ping()).toBe(false);
      const error = await store.neighborhood('alpha', { depth: 1, limit: 5 }).catch((e) => e);
      expect(error).toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE });
      expect((error as Error).message).not.toMatch(/MATCH|UNWIND/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
    }
  });
});

function ids(items: readonly { id: string }[]): string[] {
  return items.map((i) => i.id);
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
