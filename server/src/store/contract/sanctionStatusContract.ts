import type { Actor, Designation, Relationship } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import { SanctionsService } from '../../services/SanctionsService';
import type { GraphStore } from '../GraphStore';

/**
 * Sanction status per authority, on any store: one case per status and
 * rule (DIRECT; CONTROLLED under the US 50 % rule and under "owned or
 * controlled", with and without known shares, in aggregate and down a
 * chain; LINKED, not transitive; NONE; before a listing and after a
 * delisting), each with its rule, path and evidence. Neutral placeholder
 * names: these are not facts about real actors.
 */
const actor = (id: string, name: string, kind: Actor['kind'] = 'COMPANY'): Actor => ({
  id,
  name,
  aliases: [],
  kind,
  origin: 'imported',
});

const actors: Actor[] = [
  // The id prefix and name make it a US authority (OFAC's 50 % rule).
  actor('us-office', 'US Office of Fixture Control', 'STATE_BODY'),
  actor('union-council', 'Council of the Union', 'INTERNATIONAL_BODY'),
  actor('parent', 'Parent Holding'),
  actor('partner', 'Partner Trading'),
  actor('sub60', 'Sixty Percent Subsidiary'),
  actor('sub40', 'Forty Percent Affiliate'),
  actor('subunknown', 'Undisclosed Share Subsidiary'),
  actor('ctrl', 'Controlled Agency'),
  actor('grandchild', 'Grandchild Shipping'),
  actor('agg', 'Jointly Owned Venture'),
  actor('ally', 'Ally Person', 'PERSON'),
  actor('ally2', 'Second-Degree Person', 'PERSON'),
  actor('branch', 'Parent Branch Office'),
  actor('stranger', 'Unconnected Body'),
  actor('formersub', 'Former Subsidiary'),
];

const rel = (
  id: string,
  source: string,
  type: Relationship['type'],
  target: string,
  extra: Partial<Relationship> = {},
): Relationship => ({
  id,
  source,
  type,
  target,
  evidence: [{ excerpt: `${source} ${type} ${target}`, document: 'fixture' }],
  origin: 'imported',
  ...extra,
});

const relationships: Relationship[] = [
  rel('own-60', 'parent', 'OWNS', 'sub60', { percent: 60 }),
  rel('own-40', 'parent', 'OWNS', 'sub40', { percent: 40 }),
  rel('own-x', 'parent', 'OWNS', 'subunknown'),
  rel('ctl-1', 'parent', 'CONTROLS', 'ctrl'),
  rel('own-50', 'sub60', 'OWNS', 'grandchild', { percent: 50 }),
  rel('own-30', 'parent', 'OWNS', 'agg', { percent: 30 }),
  rel('own-25', 'partner', 'OWNS', 'agg', { percent: 25 }),
  rel('ass-1', 'ally', 'ASSOCIATED_WITH', 'parent'),
  rel('ass-2', 'ally2', 'ASSOCIATED_WITH', 'ally'),
  rel('part-1', 'branch', 'PART_OF', 'parent'),
  // Dated: owned from 2018 until mid-2021, and not after.
  rel('own-old', 'parent', 'OWNS', 'formersub', {
    percent: 80,
    start: '2018',
    end: '2021-06',
    validity: { kind: 'DATED', reason: 'fixture dates' },
  }),
];

const designation = (
  id: string,
  actorId: string,
  authority: string,
  extra: Partial<Designation>,
): Designation => ({
  id,
  actor: actorId,
  authority,
  programs: ['FIXTURE'],
  evidence: [{ excerpt: `${authority} lists ${actorId}`, document: 'fixture' }],
  origin: 'imported',
  ...extra,
});

const designations: Designation[] = [
  designation('d-us-parent', 'parent', 'us-office', { listedOn: '2020-01-15' }),
  designation('d-eu-parent', 'parent', 'union-council', { listedOn: '2021' }),
  designation('d-us-partner', 'partner', 'us-office', { listedOn: '2019', delistedOn: '2023-06' }),
];

interface StatusView {
  authority: { id: string };
  status: string;
  rule: string;
  explanation: string;
  assumesUnknownShares: boolean;
  paths: { actors: { id: string }[]; relationships: { id: string; evidence: unknown[] }[] }[];
  designations: { id: string }[];
}

export function sanctionStatusContract(
  create: () => Promise<GraphStore>,
  release?: (store: GraphStore) => Promise<void>,
): void {
  let store: GraphStore;
  let service: SanctionsService;

  beforeAll(async () => {
    store = await create();
    await store.upsertActors(actors);
    await store.upsertRelationships(relationships);
    await store.upsertDesignations(designations);
    service = new SanctionsService(store);
  });
  afterAll(async () => {
    if (release) await release(store);
    else await store.close();
  });

  /** The status of `id` for `authority`, as of `asOf`. */
  const status = async (id: string, authority: string, asOf?: string): Promise<StatusView> => {
    const report = await service.status(id, { authority, asOf });
    expect(report.byAuthority).toHaveLength(1);
    return report.byAuthority[0]! as unknown as StatusView;
  };
  const route = (s: StatusView) =>
    s.paths.map(
      (p) => `${p.actors.map((a) => a.id).join('>')}|${p.relationships.map((r) => r.id)}`,
    );

  it('DIRECT: listed by the authority, as a 0-hop path with its designation', async () => {
    const s = await status('parent', 'us-office', '2025');
    expect([s.status, s.rule]).toEqual(['DIRECT', 'LISTED']);
    expect(route(s)).toEqual(['parent|']);
    expect(s.designations.map((d) => d.id)).toEqual(['d-us-parent']);
    expect(s.explanation).toContain('Parent Holding is listed by US Office of Fixture Control');
  });

  it('CONTROLLED, US 50 % rule: a known majority share', async () => {
    const s = await status('sub60', 'us-office', '2025');
    expect([s.status, s.rule, s.assumesUnknownShares]).toEqual([
      'CONTROLLED',
      'OWNERSHIP_50_PERCENT',
      false,
    ]);
    expect(route(s)).toEqual(['parent>sub60|own-60']);
    expect(s.paths[0]!.relationships[0]!.evidence).toHaveLength(1);
    expect(s.explanation).toMatch(/owned 60 % .*by Parent Holding.*50 % rule/);
  });

  it('CONTROLLED down a chain: 50 % of a blocked subsidiary is blocked under the US rule only', async () => {
    const us = await status('grandchild', 'us-office', '2025');
    expect([us.status, us.rule]).toEqual(['CONTROLLED', 'OWNERSHIP_50_PERCENT']);
    expect(route(us)).toEqual(['parent>sub60>grandchild|own-60,own-50']);
    // Every hop in words, from the actor up to the listed owner.
    expect(us.explanation).toContain(
      'Chain: Grandchild Shipping, owned 50 % by Sixty Percent Subsidiary, owned 60 % by Parent Holding.',
    );
    // "Owned" for the EU means more than 50 %; and sub60 is not itself listed.
    const eu = await status('grandchild', 'union-council', '2025');
    expect(eu.status).toBe('NONE');
  });

  it('CONTROLLED in aggregate: two listed owners together, while both are listed', async () => {
    const both = await status('agg', 'us-office', '2022');
    expect(both.status).toBe('CONTROLLED');
    expect(route(both).sort()).toEqual(['parent>agg|own-30', 'partner>agg|own-25']);
    expect(both.explanation).toContain('owned 55 %');
    // After the partner's delisting, 30 % is below the threshold: only adjacency is left.
    const after = await status('agg', 'us-office', '2024');
    expect([after.status, after.rule]).toEqual(['LINKED', 'ADJACENT']);
  });

  it('CONTROLLED without a known share: counted as owned, and said so', async () => {
    const s = await status('subunknown', 'union-council', '2025');
    expect([s.status, s.rule, s.assumesUnknownShares]).toEqual([
      'CONTROLLED',
      'OWNED_OR_CONTROLLED',
      true,
    ]);
    expect(s.explanation).toMatch(/share not stated|counted as owned/);
  });

  it('control without ownership: CONTROLLED for "owned or controlled", only LINKED under the US rule', async () => {
    const eu = await status('ctrl', 'union-council', '2025');
    expect([eu.status, eu.rule]).toEqual(['CONTROLLED', 'OWNED_OR_CONTROLLED']);
    const us = await status('ctrl', 'us-office', '2025');
    expect([us.status, us.rule]).toEqual(['LINKED', 'ADJACENT']);
  });

  it('a branch of a listed body is CONTROLLED under both rules', async () => {
    for (const authority of ['us-office', 'union-council']) {
      const s = await status('branch', authority, '2025');
      expect([s.authority.id, s.status, route(s)]).toEqual([
        authority,
        'CONTROLLED',
        ['parent>branch|part-1'],
      ]);
    }
  });

  it('LINKED: one hop over a broad link, not transitive', async () => {
    const ally = await status('ally', 'us-office', '2025');
    expect([ally.status, ally.rule]).toEqual(['LINKED', 'ADJACENT']);
    expect(route(ally)).toEqual(['ally>parent|ass-1']);
    expect(ally.explanation).toContain('not transitive');
    const second = await status('ally2', 'us-office', '2025');
    expect(second.status).toBe('NONE');
  });

  it('a minority share below the threshold is only LINKED', async () => {
    const s = await status('sub40', 'us-office', '2025');
    expect(s.status).toBe('LINKED');
  });

  it('NONE before a listing, and after a delisting', async () => {
    expect((await status('ally', 'us-office', '2019')).status).toBe('NONE');
    expect((await status('parent', 'union-council', '2020')).status).toBe('NONE');
    expect((await status('partner', 'us-office', '2022')).status).toBe('DIRECT');
    const delisted = await status('partner', 'us-office', '2024');
    expect([delisted.status, delisted.rule]).toEqual(['NONE', 'NONE']);
    expect(delisted.explanation).toContain('as of 2024');
  });

  it('reports every authority by default, strongest status first', async () => {
    const report = await service.status('ctrl', { asOf: '2025' });
    expect(report.status).toBe('CONTROLLED');
    expect(report.byAuthority.map((s) => [s.authority.id, s.status])).toEqual([
      ['union-council', 'CONTROLLED'],
      ['us-office', 'LINKED'],
    ]);
    const none = await service.status('stranger', {});
    expect(none.status).toBe('NONE');
    expect(none.byAuthority.map((s) => s.status)).toEqual(['NONE', 'NONE']);
  });

  it('a dated ownership counts while it holds, and not after it ended', async () => {
    const then = await status('formersub', 'us-office', '2020');
    expect([then.status, route(then)]).toEqual(['CONTROLLED', ['parent>formersub|own-old']]);
    // A dated link is not one the sources leave undated.
    expect(then.explanation).not.toContain('do not date');
    const now = await status('formersub', 'us-office', '2025');
    expect(now.status).toBe('NONE');
  });

  it('undated links count by default, and the explanation names them; includeUndated: false leaves them out', async () => {
    const s = await status('sub60', 'us-office', '2025');
    expect(s.explanation).toContain('do not date for that time (own-60)');
    const strict = await service.status('sub60', {
      authority: 'us-office',
      asOf: '2025',
      includeUndated: false,
    });
    expect(strict.byAuthority.map((a) => a.status)).toEqual(['NONE']);
    // Without a date nothing is filtered, so nothing is called undated.
    const undated = await status('sub60', 'us-office');
    expect([undated.status, undated.explanation]).toEqual([
      'CONTROLLED',
      expect.not.stringContaining('do not date'),
    ]);
  });

  it('NOT_FOUND for an unknown actor', async () => {
    await expect(service.status('nobody', {})).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
  });
}
