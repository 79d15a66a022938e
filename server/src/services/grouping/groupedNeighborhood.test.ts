import { readSeed } from '@explorer/graph-seed';
import { type Actor, type Relationship, type RelationType } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import { MemoryGraphStore } from '../../store/memory/MemoryGraphStore';
import { prng } from '../../test/prng';
import { GraphService } from '../GraphService';
import { decodeGroupId, groupedNeighborhood } from './groupedNeighborhood';
import { groupMembers } from './groupMembers';

const actor = (id: string, kind: Actor['kind'] = 'COMPANY', name = id): Actor => ({
  id,
  name,
  aliases: [],
  kind,
  origin: 'imported',
});
const rel = (
  id: string,
  source: string,
  type: RelationType,
  target: string,
  extra: Partial<Relationship> = {},
): Relationship => ({
  id,
  source,
  type,
  target,
  evidence: [],
  origin: 'imported',
  ...extra,
});

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('a neighbourhood without groups', () => {
  it('is the store’s own neighbourhood, on random graphs and the curated seed', async () => {
    const TYPES: RelationType[] = ['OWNS', 'FUNDS', 'PART_OF', 'CONTROLS'];
    const DATES = [undefined, '2010', '2015-06', '2021'];
    for (let seed = 1; seed <= 40; seed++) {
      const r = prng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
      const store = new MemoryGraphStore();
      const n = 3 + Math.floor(r() * 30);
      const actors = Array.from({ length: n }, (_, i) =>
        actor(`a${i}`, pick(['COMPANY', 'PERSON'])),
      );
      await store.upsertActors(actors);
      const rels = Array.from({ length: Math.floor(r() * n * 3) }, (_, i) => {
        const start = pick(DATES);
        return rel(`r${i}`, pick(actors).id, pick(TYPES), pick(actors).id, start ? { start } : {});
      });
      await store.upsertRelationships(rels);
      for (let q = 0; q < 10; q++) {
        const query = {
          depth: 1 + Math.floor(r() * 3),
          limit: 1 + Math.floor(r() * 40),
          ...(r() < 0.3 ? { types: [pick(TYPES), pick(TYPES)] } : {}),
          ...(r() < 0.3 ? { asOf: pick(DATES.slice(1)) } : {}),
        };
        const centre = pick(actors).id;
        const plain = await store.neighborhood(centre, query);
        const grouped = await groupedNeighborhood(store, centre, { ...query, groupAbove: 1000 });
        const view = (s: typeof plain) => ({
          actors: ids(s.actors),
          relationships: ids(s.relationships),
          truncated: s.truncated,
        });
        expect({ seed, q, ...view(grouped) }).toEqual({ seed, q, ...view(plain) });
        expect(grouped.groups).toEqual([]);
      }
    }
    const seedStore = new MemoryGraphStore();
    const seed = readSeed();
    await seedStore.upsertActors(seed.actors);
    await seedStore.upsertRelationships(seed.relationships);
    for (const depth of [1, 2, 3]) {
      const plain = await seedStore.neighborhood('irgc', { depth, limit: 2000 });
      const grouped = await groupedNeighborhood(seedStore, 'irgc', {
        depth,
        limit: 2000,
        groupAbove: 1000,
      });
      expect(ids(grouped.relationships)).toEqual(ids(plain.relationships));
    }
  });
});

describe('a neighbourhood next to a hub', () => {
  const store = new MemoryGraphStore();
  // A shipping company with 30 vessels, 2 directors and 1 parent; one vessel linked further.
  beforeAll(async () => {
    await store.upsertActors([
      actor('centre', 'PERSON', 'Centre Person'),
      actor('hub', 'COMPANY', 'Hub Shipping'),
      actor('parent', 'COMPANY', 'Parent Holding'),
      actor('d1', 'PERSON', 'Director One'),
      actor('d2', 'PERSON', 'Director Two'),
      actor('far', 'COMPANY', 'Far Away'),
      ...Array.from({ length: 30 }, (_, i) =>
        actor(`v${String(i).padStart(2, '0')}`, 'VESSEL', `SEA STAR ${i}`),
      ),
    ]);
    await store.upsertRelationships([
      rel('c-h', 'centre', 'CONTROLS', 'hub'),
      rel('h-p', 'hub', 'PART_OF', 'parent'),
      rel('d1-h', 'd1', 'HOLDS_OFFICE', 'hub'),
      rel('d2-h', 'd2', 'HOLDS_OFFICE', 'hub'),
      ...Array.from({ length: 30 }, (_, i) => {
        const v = `v${String(i).padStart(2, '0')}`;
        return rel(`h-${v}`, 'hub', 'OWNS', v);
      }),
      rel('v00-far', 'v00', 'ASSOCIATED_WITH', 'far'),
    ]);
  });

  it('returns the 30 vessels as one group, draws the rest, and does not walk through the group', async () => {
    const sub = await groupedNeighborhood(store, 'centre', {
      depth: 3,
      limit: 200,
      groupAbove: 25,
    });
    expect(ids(sub.actors)).toEqual(['centre', 'd1', 'd2', 'hub', 'parent']);
    expect(sub.groups).toEqual([
      expect.objectContaining({
        actor: 'hub',
        type: 'OWNS',
        direction: 'OUT',
        kind: 'VESSEL',
        count: 30,
      }),
    ]);
    // Through a vessel lies `far`: not reached, since the vessels were not walked.
    expect(ids(sub.actors)).not.toContain('far');
    expect(decodeGroupId(sub.groups[0]!.id)).toEqual({
      actor: 'hub',
      type: 'OWNS',
      direction: 'OUT',
      kind: 'VESSEL',
    });
  });

  it('opens a group page by page, and searches within it', async () => {
    const [group] = (
      await groupedNeighborhood(store, 'hub', { depth: 1, limit: 200, groupAbove: 25 })
    ).groups;
    const first = await groupMembers(store, group!, { first: 20 });
    expect(first.actors).toHaveLength(20);
    expect(first.hasNextPage).toBe(true);
    const rest = await groupMembers(store, group!, { first: 20, after: first.endCursor! });
    expect(rest.actors).toHaveLength(10);
    expect(rest.hasNextPage).toBe(false);
    expect(new Set([...ids(first.actors), ...ids(rest.actors)]).size).toBe(30);
    const found = await groupMembers(store, group!, { first: 5, text: 'sea star 17' });
    expect(ids(found.actors)[0]).toBe('v17');
    expect(found.relationships[0]!.id).toBe('h-v17');
  });

  it('is what the API answers by default, with the group reopened by id', async () => {
    const graph = new GraphService(store);
    const sub = await graph.neighborhood('hub', { depth: 1 });
    expect(sub.groups).toHaveLength(1);
    expect(sub.actors).toHaveLength(5);
    const again = await graph.group(sub.groups![0]!.id);
    expect(again).toEqual(expect.objectContaining({ count: 30, kind: 'VESSEL' }));
    await expect(graph.group('not-a-group')).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    // groupAbove 0: the plain neighbourhood, every vessel.
    expect((await graph.neighborhood('hub', { depth: 1, groupAbove: 0 })).actors).toHaveLength(35);
  });
});
