import type { Designation } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import type { GraphStore } from '../GraphStore';
import { fixtureActors, fixtureDesignations, fixtureRelationships } from './fixture';

/**
 * The designation half of the GraphStore contract, run against every store:
 * designations are records on the designated actor, counted and paged by
 * authority, program and list, in force by date, and never a way through
 * for any walk. `create` must return an empty store.
 */
export function designationContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

  const designation = (id: string, actor: string, extra: Partial<Designation> = {}) =>
    ({
      id,
      actor,
      authority: 'authority',
      programs: ['IRAN'],
      evidence: [{ excerpt: `authority lists ${actor}`, document: 'fixture' }],
      origin: 'imported',
      ...extra,
    }) satisfies Designation;

  /** One authority listing five actors, a second authority listing one; one delisted. */
  const more: Designation[] = [
    designation('des-01', 'isolated', { list: 'Fixture List', programs: ['SDGT', 'IRAN'] }),
    designation('des-02', 'golf', {
      list: 'Fixture List',
      programs: ['IRAN'],
      listedOn: '2019',
      delistedOn: '2021-06',
    }),
    designation('des-03', 'foxtrot', { list: 'Other List', programs: ['NPWMD'], listedOn: '2024' }),
    designation('des-04', 'delta', { authority: 'echo', programs: ['X'], list: 'Echo List' }),
  ];

  beforeAll(async () => {
    store = await create();
    await store.upsertActors(fixtureActors);
    await store.upsertRelationships(fixtureRelationships);
    await store.upsertDesignations([...fixtureDesignations, ...more]);
  });
  afterAll(async () => {
    if (release) await release(store);
    else await store.close();
  });

  describe('designations as records', () => {
    it('keeps every field, and counts apart from relationships', async () => {
      const [stored] = await store.getDesignations(['des-06']);
      expect(stored).toEqual(fixtureDesignations[0]);
      const stats = await store.stats();
      expect([stats.relationships, stats.designations]).toEqual([9, 5]);
    });

    it('refuses a designation of an unknown actor or by an unknown authority, writing none of its batch', async () => {
      for (const bad of [
        designation('des-bad', 'nobody'),
        designation('des-bad', 'alpha', { authority: 'nobody' }),
      ]) {
        await expect(
          store.upsertDesignations([designation('des-good', 'alpha'), bad]),
        ).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      }
      expect(await store.getDesignations(['des-good', 'des-bad'])).toEqual([]);
    });

    it('refuses SANCTIONS as a relationship: a designation is not a link', async () => {
      await expect(
        store.upsertRelationships([
          { ...fixtureRelationships[0]!, id: 'rel-sanctions', type: 'SANCTIONS' },
        ]),
      ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      expect(await store.getRelationships(['rel-sanctions'])).toEqual([]);
    });

    it("lists an actor's designations by authority then id, in force on a date", async () => {
      expect(ids(await store.designationsOf(['delta', 'golf']))).toEqual([
        'des-06',
        'des-04',
        'des-02',
      ]);
      expect(ids(await store.designationsOf(['golf'], { asOf: '2020' }))).toEqual(['des-02']);
      expect(await store.designationsOf(['golf'], { asOf: '2022' })).toEqual([]);
      expect(await store.designationsOf(['golf'], { asOf: '2018' })).toEqual([]);
      expect(ids(await store.designationsOf(['delta'], { authority: 'echo' }))).toEqual(['des-04']);
      expect(await store.designationsOf(['alpha', 'nobody'])).toEqual([]);
    });

    it('pages by id with filters, case-insensitive on program and list', async () => {
      const first = await store.listDesignations({ authority: 'authority', first: 2 });
      expect(ids(first)).toEqual(['des-01', 'des-02']);
      const next = await store.listDesignations({
        authority: 'authority',
        first: 10,
        after: 'des-02',
      });
      expect(ids(next)).toEqual(['des-03', 'des-06']);
      expect(ids(await store.listDesignations({ program: 'iran', first: 10 }))).toEqual([
        'des-01',
        'des-02',
        'des-06',
      ]);
      expect(ids(await store.listDesignations({ list: 'fixture list', first: 10 }))).toEqual([
        'des-01',
        'des-02',
        'des-06',
      ]);
      expect(ids(await store.listDesignations({ since: '2024', first: 10 }))).toEqual([
        'des-03',
        'des-06',
      ]);
      expect(ids(await store.listDesignations({ asOf: '2022', first: 10 }))).toEqual([
        'des-01',
        'des-04',
      ]);
    });

    it('counts what a filter matches, by program, list and authority', async () => {
      expect(await store.countDesignations({ authority: 'authority' })).toEqual({
        total: 4,
        byProgram: [
          { key: 'IRAN', count: 3 },
          { key: 'NPWMD', count: 1 },
          { key: 'SDGT', count: 1 },
        ],
        byList: [
          { key: 'Fixture List', count: 3 },
          { key: 'Other List', count: 1 },
        ],
        byAuthority: [{ key: 'authority', count: 4 }],
      });
      const now = await store.countDesignations({ asOf: '2025-08' });
      expect(now.total).toBe(4);
      expect(now.byAuthority).toEqual([
        { key: 'authority', count: 3 },
        { key: 'echo', count: 1 },
      ]);
    });

    it('moves a designation to another actor, and delisting replaces it in place', async () => {
      await store.upsertDesignations([designation('des-05', 'alpha')]);
      await store.upsertDesignations([designation('des-05', 'bravo')]);
      expect(ids(await store.designationsOf(['alpha']))).toEqual([]);
      expect(ids(await store.designationsOf(['bravo']))).toEqual(['des-05']);
      await store.upsertDesignations([designation('des-05', 'bravo', { delistedOn: '2025' })]);
      expect(await store.designationsOf(['bravo'], { asOf: '2026' })).toEqual([]);
      expect((await store.getDesignations(['des-05']))[0]?.delistedOn).toBe('2025');
    });
  });

  describe('no walk passes through an authority', () => {
    it('leaves authorities out of neighbourhoods, paths and traversals', async () => {
      // The authority lists delta, golf, isolated and foxtrot: as a link it would join them.
      const around = await store.neighborhood('isolated', { depth: 3, limit: 100 });
      expect(ids(around.actors)).toEqual(['isolated']);
      const near = await store.neighborhood('delta', { depth: 3, limit: 100 });
      expect(ids(near.actors)).not.toContain('authority');
      expect(
        await store.shortestPaths('isolated', 'delta', { maxHops: 8, directed: false, first: 5 }),
      ).toEqual([]);
      const all = await store.graph({ limit: 100 });
      expect(all.relationships.map((r) => r.type)).not.toContain('SANCTIONS');
      expect(await store.degrees(['authority'])).toEqual(new Map([['authority', 0]]));
    });

    it('finds the nearest designated actor by any authority, or by one', async () => {
      const any = await store.nearestDesignated('charlie', {
        via: ['OWNS'],
        maxHops: 3,
        first: 5,
      });
      expect(any.map((p) => p.actors.at(-1)!.id)).toEqual(['delta']);
      const byEcho = await store.nearestDesignated('foxtrot', {
        via: ['OWNS'],
        maxHops: 3,
        first: 5,
        authority: 'echo',
      });
      expect(byEcho.map((p) => ids(p.actors).join('>'))).toEqual(['foxtrot>delta']);
    });
  });

  describe('deleting actors', () => {
    it('drops the designations they hold and those they issued', async () => {
      await store.upsertActors([
        {
          id: 'temp-authority',
          name: 'Temporary',
          aliases: [],
          kind: 'STATE_BODY',
          origin: 'imported',
        },
        { id: 'temp-listed', name: 'Listed', aliases: [], kind: 'COMPANY', origin: 'imported' },
      ]);
      await store.upsertDesignations([
        designation('des-t1', 'temp-listed'),
        designation('des-t2', 'alpha', { authority: 'temp-authority' }),
      ]);
      await store.deleteActors(['temp-authority', 'temp-listed']);
      expect(await store.getDesignations(['des-t1', 'des-t2'])).toEqual([]);
      expect(await store.designationsOf(['alpha'])).toEqual([]);
    });
  });
}
