import type { GraphStore } from '../GraphStore';
import { ErrorCode } from '@explorer/domain';
import { fixtureActors, fixtureDesignations, fixtureRelationships, on } from './fixture';

/**
 * The GraphStore contract, written once and run against every store (the
 * graphology `specs(Graph)` idea). `create` must return an empty store.
 */
export function graphStoreContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const pathIds = (
    paths: readonly {
      actors: readonly { id: string }[];
      relationships: readonly { id: string }[];
    }[],
  ) => paths.map((p) => `${ids(p.actors).join('>')}|${ids(p.relationships).join(',')}`);

  beforeAll(async () => {
    store = await create();
    await store.upsertActors(fixtureActors);
    await store.upsertRelationships(fixtureRelationships);
    await store.upsertDesignations(fixtureDesignations);
  });
  afterAll(async () => {
    if (release) await release(store);
    else await store.close();
  });

  describe('writing', () => {
    it('counts actors by kind and relationships by type', async () => {
      const stats = await store.stats();
      expect(stats.actors).toBe(9);
      expect(stats.relationships).toBe(9);
      expect(stats.designations).toBe(1);
      expect(stats.actorsByKind.COMPANY).toBe(2);
      expect(stats.relationshipsByType.OWNS).toBe(4);
    });

    it('upserting the same records again changes nothing', async () => {
      await store.upsertActors(fixtureActors);
      await store.upsertRelationships(fixtureRelationships);
      const stats = await store.stats();
      expect([stats.actors, stats.relationships, stats.designations]).toEqual([9, 9, 1]);
    });

    it('rejects a relationship to an unknown actor and writes none of its batch', async () => {
      const good = { ...fixtureRelationships[0]!, id: 'rel-new' };
      const bad = { ...fixtureRelationships[0]!, id: 'rel-bad', target: 'nobody' };
      await expect(store.upsertRelationships([good, bad])).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
      expect(await store.getRelationships(['rel-new', 'rel-bad'])).toEqual([]);
    });

    it('keeps every field of an actor and a relationship', async () => {
      const [charlie] = await store.getActors(['charlie']);
      expect(charlie).toMatchObject({
        id: 'charlie',
        name: 'Charlie Group',
        aliases: ['Çharlie-Grüp'],
        kind: 'ARMED_GROUP',
      });
      const [funds] = await store.getRelationships(['rel-08']);
      expect(funds).toMatchObject({
        type: 'FUNDS',
        source: 'alpha',
        target: 'echo',
        start: '2025',
        amount: { value: 1e9, currency: 'USD', approximate: true, usd: 1e9 },
        evidence: [{ excerpt: 'alpha FUNDS echo', document: 'fixture' }],
      });
    });
  });

  describe('search', () => {
    it('finds by name prefix, case and accent insensitive, best first', async () => {
      expect(ids(await store.searchActors({ text: 'BRAVO', first: 10 }))).toEqual(['bravo']);
      expect(ids(await store.searchActors({ text: 'charlie grup', first: 10 }))).toEqual([
        'charlie',
      ]);
    });

    it('finds through an alias and a transliteration variant', async () => {
      expect(ids(await store.searchActors({ text: 'brava', first: 10 }))).toEqual(['bravo']);
      expect(ids(await store.searchActors({ text: 'brovo', first: 10 }))).toEqual(['bravo']);
    });

    it('filters by kind and limits the count', async () => {
      expect(ids(await store.searchActors({ text: 'company holding', first: 10 }))).toEqual([]);
      expect(ids(await store.searchActors({ text: 'a', kinds: ['COMPANY'], first: 10 }))).toEqual(
        [],
      );
      const all = await store.searchActors({ text: 'co', first: 10 });
      expect(ids(all)).toEqual(['alpha', 'delta']);
      expect(ids(await store.searchActors({ text: 'co', first: 1 }))).toEqual(['alpha']);
      expect(ids(await store.searchActors({ text: 'co', kinds: ['COMPANY'], first: 10 }))).toEqual([
        'delta',
      ]);
      const curated = await store.searchActors({ text: 'co', origin: 'curated', first: 10 });
      expect(ids(curated)).toEqual(['alpha', 'delta']);
      expect(await store.searchActors({ text: 'co', origin: 'imported', first: 10 })).toEqual([]);
    });
  });

  describe('relationships of an actor', () => {
    it('by direction and type, ordered by type then id', async () => {
      expect(ids(await store.relationshipsOf('alpha', { direction: 'BOTH', first: 50 }))).toEqual([
        'rel-08',
        'rel-05',
        'rel-09',
        'rel-01',
        'rel-02',
      ]);
      expect(ids(await store.relationshipsOf('alpha', { direction: 'OUT', first: 50 }))).toEqual([
        'rel-08',
        'rel-09',
        'rel-02',
      ]);
      // A designation is no relationship: the authority is not linked to what it lists.
      expect(ids(await store.relationshipsOf('delta', { direction: 'IN', first: 50 }))).toEqual([
        'rel-04',
        'rel-10',
      ]);
      expect(await store.relationshipsOf('authority', { direction: 'BOTH', first: 50 })).toEqual(
        [],
      );
    });

    it('only those valid on asOf', async () => {
      expect(
        ids(
          await store.relationshipsOf('charlie', {
            direction: 'IN',
            when: on('2018-05-01'),
            first: 50,
          }),
        ),
      ).toEqual(['rel-02']);
      expect(
        ids(
          await store.relationshipsOf('charlie', { direction: 'IN', when: on('2021'), first: 50 }),
        ),
      ).toEqual(['rel-03']);
    });

    it('degrees count both directions', async () => {
      const degrees = await store.degrees(['alpha', 'isolated', 'nobody']);
      expect(Object.fromEntries(degrees)).toEqual({ alpha: 5, isolated: 0 });
    });
  });

  describe('graph', () => {
    it('returns relationships by id and the actors they touch', async () => {
      const sub = await store.graph({ limit: 100 });
      expect(ids(sub.relationships)).toEqual(fixtureRelationships.map((r) => r.id));
      expect(ids(sub.actors)).not.toContain('isolated');
      expect(sub.truncated).toBe(false);
    });

    it('filters by type and kind and says when it truncates', async () => {
      const owns = await store.graph({ types: ['OWNS'], kinds: ['COMPANY', 'VESSEL'], limit: 100 });
      expect(ids(owns.relationships)).toEqual(['rel-07', 'rel-10']);
      expect((await store.graph({ origin: 'imported', limit: 100 })).relationships).toEqual([]);
      expect((await store.graph({ origin: 'curated', limit: 100 })).relationships).toHaveLength(9);
      const cut = await store.graph({ limit: 3 });
      expect(ids(cut.relationships)).toEqual(['rel-01', 'rel-02', 'rel-03']);
      expect(ids(cut.actors)).toEqual(['alpha', 'bravo', 'charlie']);
      expect(cut.truncated).toBe(true);
    });

    it('pages by id after a given relationship, with the same filters', async () => {
      const all = ids((await store.graph({ limit: 100 })).relationships);
      const paged: string[] = [];
      for (let after: string | undefined; ;) {
        const page = await store.graph({ limit: 4, after });
        paged.push(...ids(page.relationships));
        if (!page.truncated) break;
        after = page.relationships[page.relationships.length - 1]!.id;
      }
      expect(paged).toEqual(all);
      const owns = await store.graph({
        types: ['OWNS'],
        kinds: ['COMPANY', 'VESSEL'],
        after: 'rel-07',
        limit: 100,
      });
      expect(ids(owns.relationships)).toEqual(['rel-10']);
    });
  });

  describe('listActors', () => {
    it('pages every actor by id, those without relationships too', async () => {
      const all = [...fixtureActors].map((a) => a.id).sort();
      const paged: string[] = [];
      for (let after: string | undefined; ;) {
        const page = await store.listActors({ after, first: 5 });
        paged.push(...ids(page));
        if (page.length < 5) break;
        after = page[page.length - 1]!.id;
      }
      expect(paged).toEqual(all);
      expect(paged).toContain('isolated');
      const bodies = await store.listActors({ kinds: ['STATE_BODY'], first: 100 });
      expect(ids(bodies)).toEqual(
        fixtureActors
          .filter((a) => a.kind === 'STATE_BODY')
          .map((a) => a.id)
          .sort(),
      );
      expect(
        await store.listActors({ kinds: ['STATE_BODY'], after: 'isolated', first: 100 }),
      ).toEqual([]);
      expect((await store.listActors({ first: 1 }))[0]).toEqual(
        fixtureActors.find((a) => a.id === all[0]),
      );
    });
  });

  describe('neighborhood', () => {
    it('depth 1 has the centre, its neighbours and every link among them', async () => {
      const sub = await store.neighborhood('alpha', { depth: 1, limit: 100 });
      expect(ids(sub.actors)).toEqual(['alpha', 'bravo', 'charlie', 'echo', 'golf']);
      // rel-03 joins two neighbours: the neighbourhood is the induced subgraph.
      expect(ids(sub.relationships)).toEqual([
        'rel-01',
        'rel-02',
        'rel-03',
        'rel-05',
        'rel-08',
        'rel-09',
      ]);
      expect(sub.truncated).toBe(false);
    });

    it('depth 2 reaches further; types and asOf narrow it', async () => {
      const two = await store.neighborhood('alpha', { depth: 2, limit: 100 });
      expect(ids(two.actors)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'golf']);
      expect(ids(two.relationships)).toEqual([
        'rel-01',
        'rel-02',
        'rel-03',
        'rel-04',
        'rel-05',
        'rel-08',
        'rel-09',
        'rel-10',
      ]);
      const owns = await store.neighborhood('alpha', { depth: 2, types: ['OWNS'], limit: 100 });
      expect(ids(owns.actors)).toEqual(['alpha', 'delta', 'golf']);
      const dated = await store.neighborhood('charlie', { depth: 1, when: on('2018'), limit: 100 });
      expect(ids(dated.actors)).toEqual(['alpha', 'charlie', 'delta']);
    });

    it("keeps the centre's own links first when the limit cuts", async () => {
      // alpha has five links of its own (rel-01, -02, -05, -08, -09): they
      // decide a cut at 3 without reading the next ring.
      const cut = await store.neighborhood('alpha', { depth: 2, limit: 3 });
      expect(cut.truncated).toBe(true);
      expect(ids(cut.relationships)).toEqual(['rel-01', 'rel-02', 'rel-05']);
      expect(ids(cut.actors)).toEqual(['alpha', 'bravo', 'charlie', 'echo']);

      // rel-03 joins two of alpha's neighbours: nearer than a link one ring out
      // (rel-04, rel-10), farther than alpha's own links.
      const wider = await store.neighborhood('alpha', { depth: 2, limit: 6 });
      expect(wider.truncated).toBe(true);
      expect(ids(wider.relationships)).toEqual([
        'rel-01',
        'rel-02',
        'rel-03',
        'rel-05',
        'rel-08',
        'rel-09',
      ]);
      expect(ids(wider.actors)).toEqual(['alpha', 'bravo', 'charlie', 'echo', 'golf']);

      const ringOnly = await store.neighborhood('alpha', { depth: 1, limit: 5 });
      expect(ringOnly.truncated).toBe(true);
      expect(ids(ringOnly.relationships)).not.toContain('rel-03');
    });

    it('is not truncated when the limit is exactly the number of links', async () => {
      const exact = await store.neighborhood('alpha', { depth: 1, limit: 6 });
      expect(exact.truncated).toBe(false);
      expect(exact.relationships).toHaveLength(6);
    });

    it('fails with NOT_FOUND for an unknown actor', async () => {
      await expect(store.neighborhood('nobody', { depth: 1, limit: 10 })).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
    });
  });

  describe('shortest paths', () => {
    it('returns every shortest path in a stable order', async () => {
      const paths = await store.shortestPaths('alpha', 'delta', {
        maxHops: 4,
        directed: false,
        first: 10,
      });
      expect(pathIds(paths)).toEqual([
        'alpha>charlie>delta|rel-02,rel-04',
        'alpha>golf>delta|rel-09,rel-10',
      ]);
    });

    it('respects direction, types, asOf, maxHops and first', async () => {
      const directed = await store.shortestPaths('delta', 'alpha', {
        maxHops: 4,
        directed: true,
        first: 10,
      });
      expect(directed).toEqual([]);
      const undirected = await store.shortestPaths('delta', 'alpha', {
        maxHops: 4,
        directed: false,
        first: 1,
      });
      expect(pathIds(undirected)).toEqual(['delta>charlie>alpha|rel-04,rel-02']);
      const later = await store.shortestPaths('alpha', 'delta', {
        maxHops: 4,
        directed: false,
        first: 10,
        when: on('2022'),
      });
      expect(pathIds(later)).toEqual(['alpha>golf>delta|rel-09,rel-10']);
      const noOwns = await store.shortestPaths('alpha', 'delta', {
        maxHops: 4,
        directed: false,
        first: 10,
        types: ['PART_OF', 'SUPPLIES', 'OWNS'],
        when: on('2022'),
      });
      expect(pathIds(noOwns)).toEqual(['alpha>golf>delta|rel-09,rel-10']);
      const viaBravo = await store.shortestPaths('alpha', 'delta', {
        maxHops: 4,
        directed: false,
        first: 10,
        types: ['PART_OF', 'SUPPLIES', 'SANCTIONS'],
        when: on('2022'),
      });
      expect(viaBravo).toEqual([]);
      const tooShort = await store.shortestPaths('echo', 'foxtrot', {
        maxHops: 3,
        directed: false,
        first: 10,
      });
      expect(tooShort).toEqual([]);
    });

    it('fails with NOT_FOUND for an unknown endpoint', async () => {
      await expect(
        store.shortestPaths('alpha', 'nobody', { maxHops: 2, directed: false, first: 1 }),
      ).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
    });
  });

  describe('traverse', () => {
    it('follows only the given types and directions', async () => {
      const up = await store.traverse('bravo', {
        steps: [{ type: 'PART_OF', direction: 'OUT' }],
        maxHops: 6,
        limit: 100,
      });
      expect(ids(up.actors)).toEqual(['alpha', 'bravo']);
      expect(ids(up.relationships)).toEqual(['rel-01']);
      const down = await store.traverse('alpha', {
        steps: [
          { type: 'PART_OF', direction: 'IN' },
          { type: 'OWNS', direction: 'OUT' },
        ],
        maxHops: 2,
        limit: 100,
      });
      expect(ids(down.actors)).toEqual(['alpha', 'bravo', 'delta', 'golf']);
      expect(ids(down.relationships)).toEqual(['rel-01', 'rel-09', 'rel-10']);
    });
  });

  describe('nearest designated', () => {
    it('a designated actor is its own nearest, at 0 hops', async () => {
      const paths = await store.nearestDesignated('delta', { via: ['OWNS'], maxHops: 3, first: 5 });
      expect(pathIds(paths)).toEqual(['delta|']);
    });

    it('finds every shortest path to the nearest designated actors', async () => {
      const paths = await store.nearestDesignated('echo', {
        via: ['HOLDS_OFFICE', 'FUNDS', 'SUPPLIES', 'OWNS'],
        maxHops: 3,
        first: 5,
      });
      // Two links join echo and alpha, so each route counts twice; ordered step by step.
      expect(pathIds(paths)).toEqual([
        'echo>alpha>charlie>delta|rel-05,rel-02,rel-04',
        'echo>alpha>golf>delta|rel-05,rel-09,rel-10',
        'echo>alpha>charlie>delta|rel-08,rel-02,rel-04',
        'echo>alpha>golf>delta|rel-08,rel-09,rel-10',
      ]);
    });

    it('finds none when the link types or hops do not reach one, or before the designation', async () => {
      expect(
        await store.nearestDesignated('echo', { via: ['HOLDS_OFFICE'], maxHops: 3, first: 5 }),
      ).toEqual([]);
      expect(
        await store.nearestDesignated('foxtrot', {
          via: ['OWNS'],
          maxHops: 1,
          first: 5,
          asOf: '2024',
        }),
      ).toEqual([]);
      expect(
        pathIds(
          await store.nearestDesignated('foxtrot', {
            via: ['OWNS'],
            maxHops: 1,
            first: 5,
            asOf: '2025',
          }),
        ),
      ).toEqual(['foxtrot>delta|rel-07']);
    });
  });

  describe('deleting actors', () => {
    it('removes the actor and its relationships, ignoring unknown ids', async () => {
      await store.upsertActors([
        { id: 'temp', name: 'Temporary Holder', aliases: [], kind: 'COMPANY', origin: 'imported' },
      ]);
      await store.upsertRelationships([
        { ...fixtureRelationships[0]!, id: 'rel-temp', source: 'temp', target: 'alpha' },
      ]);
      await store.deleteActors(['temp', 'nobody']);
      expect(await store.getActors(['temp'])).toEqual([]);
      expect(await store.getRelationships(['rel-temp'])).toEqual([]);
      const stats = await store.stats();
      expect([stats.actors, stats.relationships, stats.designations]).toEqual([9, 9, 1]);
    });
  });

  describe('listing relationships', () => {
    it('pages by id with filters', async () => {
      const owns = await store.listRelationships({ types: ['OWNS'], first: 2 });
      expect(ids(owns)).toEqual(['rel-04', 'rel-07']);
      const next = await store.listRelationships({ types: ['OWNS'], first: 2, after: 'rel-07' });
      expect(ids(next)).toEqual(['rel-09', 'rel-10']);
      expect(
        ids(await store.listRelationships({ types: ['FUNDS'], since: '2025', first: 5 })),
      ).toEqual(['rel-08']);
      expect(await store.listRelationships({ types: ['FUNDS'], since: '2026', first: 5 })).toEqual(
        [],
      );
      expect(ids(await store.listRelationships({ sourceId: 'golf', first: 5 }))).toEqual([
        'rel-10',
      ]);
    });
  });
}
