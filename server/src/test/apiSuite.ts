import { inWindow, lowerBound, timeWindow } from '@explorer/domain';
import { readSeed } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { startTestServer, type TestServer } from './testServer';

/**
 * The GraphQL API through the real Express app, over the curated graph.
 * Written once; run on the embedded store and on Neo4j. Expectations come
 * from the curated data in graph-seed/data.
 */
export function apiSuite(makeStore?: () => Promise<GraphStore>): void {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(makeStore ? await makeStore() : undefined);
  });
  afterAll(async () => {
    await server.close();
    if (makeStore) await server.store.close();
  });

  const firstId = async (query: string): Promise<string | undefined> => {
    const res = await server.gql<{ searchActors: { id: string }[] }>(
      'query($q: String!) { searchActors(query: $q, first: 5) { id } }',
      { q: query },
    );
    return res.data?.searchActors[0]?.id;
  };

  describe('health', () => {
    it('healthz and readyz answer 200 once the store is loaded', async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, store: server.store.name });
    });
  });

  describe('searchActors', () => {
    it.each([
      ['Hezbollah', 'hezbollah'],
      ['hizballah', 'hezbollah'],
      ['quds force', 'irgc-qods-force'],
      ['Qods', 'irgc-qods-force'],
      ['ansar allah', 'houthis'],
      ['Beit-e Rahbari', 'office-of-the-supreme-leader'],
      ['qalibaf', 'mohammad-bagher-ghalibaf'],
      ['hector shamkhani', 'mohammad-hossein-shamkhani'],
    ])('"%s" finds %s first', async (query, id) => {
      expect(await firstId(query)).toBe(id);
    });

    it('filters by kind', async () => {
      const res = await server.gql<{ searchActors: { id: string; kind: string }[] }>(
        '{ searchActors(query: "shamkhani", kinds: [VESSEL]) { id kind } }',
      );
      expect(res.data!.searchActors.map((a) => a.id)).toEqual(['mohammad-hossein-shamkhani-fleet']);
    });

    it('rejects first above the maximum with BAD_USER_INPUT', async () => {
      const res = await server.gql('{ searchActors(query: "irgc", first: 1000) { id } }');
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('actor', () => {
    it('has kind, aliases, relationships with evidence, and designations', async () => {
      const res = await server.gql<{
        actor: Record<string, unknown> & { relationships: { evidence: { excerpt: string }[] }[] };
      }>(`{
        actor(id: "mohammad-hossein-shamkhani") {
          id name kind aliases degree
          relationships { id type source { id } target { id } evidence { excerpt document documentTitle section } }
          designations { programs authority { id } actor { id } evidence { excerpt } }
        }
      }`);
      const actor = res.data!.actor;
      expect(actor).toMatchObject({ id: 'mohammad-hossein-shamkhani', kind: 'PERSON' });
      expect(actor.aliases).toEqual(expect.arrayContaining([expect.stringMatching(/Hector/)]));
      expect(actor.relationships.length).toBe(actor.degree);
      for (const rel of actor.relationships) expect(rel.evidence.length).toBeGreaterThan(0);
      expect(JSON.stringify(actor.relationships)).toContain('The dilemmas of an ayatollah');
      expect(actor.designations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            authority: { id: 'european-union' },
            actor: { id: 'mohammad-hossein-shamkhani' },
          }),
        ]),
      );
    });

    it('is null for an unknown id', async () => {
      const res = await server.gql('{ actor(id: "no-such-actor") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ actor: null });
    });

    it('relationships filter by type and direction', async () => {
      const res = await server.gql<{
        actor: { relationships: { type: string; target: { id: string } }[] };
      }>(
        '{ actor(id: "irgc-qods-force") { relationships(types: [PART_OF], direction: OUT) { type target { id } } } }',
      );
      expect(res.data!.actor.relationships).toEqual([{ type: 'PART_OF', target: { id: 'irgc' } }]);
    });
  });

  describe('graph and neighbourhood', () => {
    it('graph returns every curated relationship, each endpoint among the actors', async () => {
      const seed = readSeed();
      const res = await server.gql<{
        graph: {
          actors: { id: string }[];
          relationships: { source: { id: string }; target: { id: string } }[];
          truncated: boolean;
        };
      }>('{ graph { actors { id } relationships { source { id } target { id } } truncated } }');
      const { actors, relationships, truncated } = res.data!.graph;
      expect(truncated).toBe(false);
      expect(relationships).toHaveLength(seed.relationships.length);
      const ids = new Set(actors.map((a) => a.id));
      for (const rel of relationships)
        expect(ids.has(rel.source.id) && ids.has(rel.target.id)).toBe(true);
    });

    it('neighbourhood of the Qods Force includes Hezbollah and the IRGC', async () => {
      const res = await server.gql<{ neighborhood: { actors: { id: string }[] } }>(
        '{ neighborhood(id: "irgc-qods-force") { actors { id } } }',
      );
      expect(res.data!.neighborhood.actors.map((a) => a.id)).toEqual(
        expect.arrayContaining(['hezbollah', 'irgc']),
      );
    });

    it('unknown centre gives NOT_FOUND; depth out of range gives BAD_USER_INPUT', async () => {
      const missing = await server.gql('{ neighborhood(id: "nobody") { truncated } }');
      expect(missing.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        actorId: 'nobody',
      });
      const deep = await server.gql('{ neighborhood(id: "irgc", depth: 9) { truncated } }');
      expect(deep.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'depth',
      });
      expect(typeof deep.errors?.[0]?.extensions.requestId).toBe('string');
    });

    it('a bad date gives BAD_USER_INPUT naming the argument', async () => {
      const res = await server.gql('{ graph(asOf: "last year") { truncated } }');
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'asOf',
      });
    });
  });

  describe('time', () => {
    const FORMER = [
      'mohammad-javad-zarif--holds-office--ministry-of-foreign-affairs',
      'ali-shamkhani--holds-office--supreme-national-security-council',
      'heshmatollah-falahatpisheh--holds-office--parliament-national-security-committee',
      'mohammad-bagher-ghalibaf--holds-office--tehran-municipality',
    ];
    const graphIds = async (args: string): Promise<string[]> => {
      const res = await server.gql<{ graph: { relationships: { id: string }[] } }>(
        `{ graph(${args}) { relationships { id } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.graph.relationships.map((r) => r.id).sort();
    };
    /** The seed's relationships that the domain's rule keeps for a window. */
    const expected = (args: Parameters<typeof timeWindow>[0]) => {
      const window = timeWindow(args);
      return readSeed()
        .relationships.filter((r) => inWindow(r, window))
        .map((r) => r.id)
        .sort();
    };

    it('asOf "2025-12" leaves out former roles and the historical strikes; the store agrees with the rule', async () => {
      const ids = await graphIds('asOf: "2025-12"');
      for (const id of [...FORMER, 'iran--strikes--iraq']) expect(ids).not.toContain(id);
      expect(ids).toEqual(expected({ asOf: '2025-12' }));
      expect(ids.length).toBeGreaterThan(0);
    });

    it('includeUndated brings back what the sources do not date, and only that', async () => {
      const strict = await graphIds('asOf: "1979"');
      const loose = await graphIds('asOf: "1979", includeUndated: true');
      expect(loose).toEqual(expected({ asOf: '1979', includeUndated: true }));
      expect(loose.length).toBeGreaterThan(strict.length);
      for (const id of strict) expect(loose).toContain(id);
      // A dated 2013-2021 office is not undated in 1979: it stays out.
      expect(loose).not.toContain(FORMER[0]);
    });

    it('a from/to range keeps what held at any time in it', async () => {
      const war = await graphIds('from: "1980", to: "1988"');
      expect(war).toContain('iran--strikes--iraq');
      expect(war).not.toContain(FORMER[0]);
      expect(war).toEqual(expected({ from: '1980', to: '1988' }));
      const open = await graphIds('from: "2014"');
      expect(open).toContain(FORMER[0]);
      expect(open).not.toContain('iran--strikes--iraq');
    });

    it('a neighbourhood follows the window', async () => {
      const rels = async (args: string) => {
        const res = await server.gql<{ neighborhood: { relationships: { id: string }[] } }>(
          `{ neighborhood(id: "ali-shamkhani", depth: 1, ${args}) { relationships { id } } }`,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.neighborhood.relationships.map((r) => r.id);
      };
      expect(await rels('asOf: "2025-12"')).not.toContain(FORMER[1]);
      expect(await rels('from: "2015", to: "2016"')).toContain(FORMER[1]);
    });

    it('paths take a range as timeFrom/timeTo (from and to are their ends)', async () => {
      const hops = async (range: string) => {
        const res = await server.gql<{ paths: { hops: number }[] }>(
          `{ paths(from: "mohammad-javad-zarif", to: "presidency-of-iran", maxHops: 1, ${range}) { hops } }`,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.paths.map((p) => p.hops);
      };
      // His 2024-08..2025-03 post is the one direct link.
      expect(await hops('timeFrom: "2024", timeTo: "2025"')).toEqual([1]);
      expect(await hops('timeFrom: "2010", timeTo: "2012"')).toEqual([]);
      const inverted = await server.gql(
        '{ paths(from: "irgc", to: "hezbollah", timeFrom: "2020", timeTo: "2019") { hops } }',
      );
      expect(inverted.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'timeTo',
      });
    });

    it('refuses asOf with a range, and a range that ends before it starts', async () => {
      const both = await server.gql('{ graph(asOf: "2020", from: "2019") { truncated } }');
      expect(both.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'asOf',
      });
      const inverted = await server.gql(
        '{ neighborhood(id: "irgc", from: "2020", to: "2019-12") { truncated } }',
      );
      expect(inverted.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'to',
      });
      const bad = await server.gql('{ controlChain(id: "irgc", from: "soon") { truncated } }');
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'from',
      });
    });
  });

  describe('paths', () => {
    it('finds Hezbollah to the IRGC through the Qods Force', async () => {
      const res = await server.gql<{
        paths: { hops: number; actors: { id: string }[]; relationships: { type: string }[] }[];
      }>('{ paths(from: "hezbollah", to: "irgc") { hops actors { id } relationships { type } } }');
      const [shortest] = res.data!.paths;
      expect(shortest!.hops).toBe(2);
      expect(shortest!.actors.map((a) => a.id)).toEqual(['hezbollah', 'irgc-qods-force', 'irgc']);
    });

    it('directed paths follow source to target only', async () => {
      const res = await server.gql<{ paths: { actors: { id: string }[] }[] }>(
        '{ paths(from: "irgc-qods-force", to: "hezbollah", directed: true, types: [SUPPLIES]) { actors { id } } }',
      );
      expect(res.data!.paths.map((p) => p.actors.map((a) => a.id))).toEqual([
        ['irgc-qods-force', 'hezbollah'],
      ]);
      const back = await server.gql<{ paths: unknown[] }>(
        '{ paths(from: "hezbollah", to: "irgc-qods-force", directed: true, types: [SUPPLIES]) { hops } }',
      );
      expect(back.data!.paths).toEqual([]);
    });
  });

  describe('analysis', () => {
    it('control chain UP from the Qods Force reaches the IRGC and its commander', async () => {
      const res = await server.gql<{
        controlChain: { actors: { id: string }[]; relationships: { evidence: unknown[] }[] };
      }>(
        '{ controlChain(id: "irgc-qods-force") { actors { id } relationships { evidence { excerpt } } } }',
      );
      const ids = res.data!.controlChain.actors.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining(['irgc-qods-force', 'irgc', 'qassem-soleimani']));
      expect(ids).not.toContain('hezbollah');
      for (const rel of res.data!.controlChain.relationships)
        expect(rel.evidence.length).toBeGreaterThan(0);
    });

    it('money flows into Hezbollah list the 2025 billion and count flows of unknown amount', async () => {
      const res = await server.gql<{
        moneyFlows: {
          flows: { id: string; amount: { usd: number } | null }[];
          byYear: { year: number | null; usd: number; count: number }[];
          byCounterparty: { counterparty: { id: string }; usd: number }[];
          unknownAmountCount: number;
        };
      }>(`{ moneyFlows(id: "hezbollah", direction: IN) {
            flows { id amount { usd } } byYear { year usd count }
            byCounterparty { counterparty { id } usd inUsd outUsd knownCount count } unknownAmountCount } }`);
      const flows = res.data!.moneyFlows;
      expect(flows.flows.map((f) => f.id)).toContain('iran--funds--hezbollah--2025');
      expect(flows.byYear).toEqual(
        expect.arrayContaining([expect.objectContaining({ year: 2025, usd: 1e9 })]),
      );
      expect(flows.unknownAmountCount).toBe(
        flows.flows.filter((f) => f.amount?.usd == null).length,
      );
      expect(flows.unknownAmountCount).toBeGreaterThan(0);
      const iran = flows.byCounterparty.find((c) => c.counterparty.id === 'iran') as unknown as {
        usd: number;
        inUsd: number;
        outUsd: number;
        knownCount: number;
        count: number;
      };
      expect(iran).toMatchObject({ inUsd: 1e9, outUsd: 0, usd: 1e9 });
      expect(iran.knownCount).toBeLessThanOrEqual(iran.count);
    });

    it('exposure: the son is DESIGNATED, his father LINKED through their family tie', async () => {
      const query = `query($id: ID!) { sanctionExposure(id: $id) {
        status rule paths { hops actors { id } relationships { type evidence { excerpt } } } designations { authority { id } } } }`;
      const son = await server.gql<{
        sanctionExposure: { status: string; paths: { hops: number }[] };
      }>(query, {
        id: 'mohammad-hossein-shamkhani',
      });
      expect(son.data!.sanctionExposure.status).toBe('DESIGNATED');
      expect(son.data!.sanctionExposure.paths[0]!.hops).toBe(0);
      const father = await server.gql<{
        sanctionExposure: {
          status: string;
          rule: string;
          paths: { hops: number; actors: { id: string }[] }[];
        };
      }>(query, { id: 'ali-shamkhani' });
      const exposure = father.data!.sanctionExposure;
      expect(exposure.status).toBe('LINKED');
      expect(exposure.paths[0]!.hops).toBe(1);
      expect(exposure.paths.map((p) => p.actors.at(-1)!.id)).toContain(
        'mohammad-hossein-shamkhani',
      );
      expect(exposure.rule).toMatch(/Shamkhani/);
      const none = await server.gql<{ sanctionExposure: { status: string } }>(
        '{ sanctionExposure(id: "ali-shamkhani", via: [ADVISES], maxHops: 1) { status } }',
      );
      expect(none.data!.sanctionExposure.status).toBe('NONE');
    });

    it('designations page through with cursors', async () => {
      const page1 = await server.gql<{
        designations: {
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        '{ designations(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
      );
      const first = page1.data!.designations;
      expect(first.edges).toHaveLength(1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const page2 = await server.gql<{ designations: { edges: { node: { id: string } }[] } }>(
        'query($after: String) { designations(first: 100, after: $after) { edges { node { id } } } }',
        { after: first.pageInfo.endCursor },
      );
      const rest = page2.data!.designations.edges.map((e) => e.node.id);
      expect(rest).not.toContain(first.edges[0]!.node.id);
      const all = await server.gql<{ designations: { totalCount: number; edges: unknown[] } }>(
        '{ designations(first: 500) { totalCount edges { cursor } } }',
      );
      expect(rest.length + 1).toBe(all.data!.designations.edges.length);
      expect(all.data!.designations.totalCount).toBe(all.data!.designations.edges.length);
      const bad = await server.gql(
        '{ designations(after: "not-a-cursor") { pageInfo { hasNextPage } } }',
      );
      expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('rank by degree puts the Qods Force near the top', async () => {
      const res = await server.gql<{ rank: { actor: { id: string }; score: number }[] }>(
        '{ rank(metric: DEGREE, first: 3) { actor { id } score } }',
      );
      expect(res.data!.rank.map((r) => r.actor.id)).toContain('irgc-qods-force');
      const scores = res.data!.rank.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('stats count actors by kind and relationships by type', async () => {
      const seed = readSeed();
      const res = await server.gql<{
        stats: { actors: number; relationships: number; actorsByKind: { count: number }[] };
      }>('{ stats { actors relationships actorsByKind { kind count } } }');
      expect(res.data!.stats.actors).toBe(seed.actors.length);
      expect(res.data!.stats.relationships).toBe(seed.relationships.length);
      expect(res.data!.stats.actorsByKind.reduce((n, k) => n + k.count, 0)).toBe(
        seed.actors.length,
      );
    });
  });

  describe('timeline', () => {
    type Event = {
      date: string;
      kind: string;
      relationship: { id: string; evidence: { excerpt: string }[] } | null;
      designation: { id: string } | null;
    };
    type TimelineResult = {
      timeline: {
        buckets: {
          period: string;
          relationships: number;
          designations: number;
          flows: number;
          flowUsd: number;
        }[];
        totalEvents: number;
        events: Event[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        truncated: boolean;
      };
    };
    const TIMELINE = `query($from: String, $to: String, $bucket: TimeBucket, $types: [RelationType!], $after: String) {
      timeline(from: $from, to: $to, bucket: $bucket, types: $types, first: 500, after: $after) {
        buckets { period relationships designations flows flowUsd }
        totalEvents
        events { date kind relationship { id evidence { excerpt } } designation { id } }
        pageInfo { hasNextPage endCursor }
        truncated
      } }`;
    const timeline = async (variables: Record<string, unknown>) => {
      const res = await server.gql<TimelineResult>(TIMELINE, variables);
      expect(res.errors).toBeUndefined();
      return res.data!.timeline;
    };
    const key = (e: Event) => `${e.kind} ${e.date} ${(e.relationship ?? e.designation)!.id}`;

    it('lists the dated facts of a window as events, with their evidence', async () => {
      const june = await timeline({ from: '2025-06', to: '2025-07' });
      expect(june.events.map(key)).toEqual(
        expect.arrayContaining([
          'STARTED 2025-06 israel--strikes--iran-nuclear-program',
          'ENDED 2025-06 united-states--strikes--iran-nuclear-program',
          'LISTED 2025-07-30 us-treasury--sanctions--mohammad-hossein-shamkhani-fleet',
        ]),
      );
      // A year-only date falls in every month of its year.
      expect(june.events.map(key)).toContain('FLOW 2025 iran--funds--hezbollah--2025');
      expect(
        june.events.find((e) => e.relationship)!.relationship!.evidence.length,
      ).toBeGreaterThan(0);
      // Nothing outside the window: every event's date overlaps it.
      for (const e of june.events) expect(e.date.slice(0, 4)).toBe('2025');
    });

    it('counts by year and month; every event is counted once, in date order', async () => {
      const all = await timeline({});
      expect(all.truncated).toBe(false);
      const counted = all.buckets.reduce(
        (n, b) => n + b.relationships + b.designations + b.flows,
        0,
      );
      expect(counted).toBe(all.totalEvents);
      expect(all.events).toHaveLength(Math.min(500, all.totalEvents));
      expect(all.buckets.map((b) => b.period)).toEqual(
        [...all.buckets.map((b) => b.period)].sort(),
      );
      const lowered = all.events.map((e) => lowerBound(e.date));
      expect(lowered).toEqual([...lowered].sort());
      const y2025 = all.buckets.find((b) => b.period === '2025')!;
      expect(y2025.flowUsd).toBeGreaterThanOrEqual(1e9); // "approximately one billion dollars to Hezbollah"
      const months = await timeline({ from: '2025', to: '2025', bucket: 'MONTH' });
      const periods = months.buckets.map((b) => b.period);
      expect(periods).toContain('2025'); // year-only dates keep a bar of their own
      expect(periods).toContain('2025-06');
      expect(periods).toContain('2025-07');
    });

    it('keeps the designations with SANCTIONS, only the given link types otherwise', async () => {
      const designations = await timeline({ types: ['SANCTIONS'] });
      expect(designations.events.length).toBeGreaterThan(0);
      expect(designations.events.every((e) => e.designation !== null)).toBe(true);
      const strikes = await timeline({ types: ['STRIKES'] });
      expect(strikes.events.length).toBeGreaterThan(0);
      expect(strikes.events.every((e) => e.relationship?.id.includes('--strikes--'))).toBe(true);
    });

    it('pages with after, and refuses a bad date or an inverted range', async () => {
      const page = await server.gql<TimelineResult>(
        '{ timeline(first: 2) { totalEvents events { date } pageInfo { hasNextPage endCursor } } }',
      );
      const { pageInfo, totalEvents } = page.data!.timeline;
      expect(pageInfo.hasNextPage).toBe(totalEvents > 2);
      const next = await server.gql<TimelineResult>(
        'query($a: String) { timeline(first: 2, after: $a) { events { date } } }',
        { a: pageInfo.endCursor },
      );
      expect(next.data!.timeline.events).toHaveLength(Math.min(2, totalEvents - 2));
      for (const bad of [
        '{ timeline(from: "2025-13") { totalEvents } }',
        '{ timeline(from: "2025", to: "2024") { totalEvents } }',
        '{ timeline(after: "nope") { totalEvents } }',
      ]) {
        expect((await server.gql(bad)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('transport', () => {
    it('serves GET queries with a preflight header, and blocks simple cross-site GETs (CSRF prevention)', async () => {
      const q = encodeURIComponent('{ stats { actors } }');
      const ok = await fetch(`${server.url}/graphql?query=${q}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(ok.status).toBe(200);
      const blocked = await fetch(`${server.url}/graphql?query=${q}`);
      expect(blocked.status).toBe(400);
    });

    it('a syntax error is GRAPHQL_PARSE_FAILED, an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
      expect((await server.gql('{ stats { ')).errors?.[0]?.extensions.code).toBe(
        'GRAPHQL_PARSE_FAILED',
      );
      expect((await server.gql('{ nope }')).errors?.[0]?.extensions.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });
  });
}
