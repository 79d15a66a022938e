import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Actor, Relationship } from '@explorer/domain';
import type { GraphStore, StoreStats } from '../store/GraphStore';
import { startTestServer, type TestServer } from './testServer';
import { EXPORT_PAGE } from '../services/ExportService';
import { checkWithPython, describeWithPython } from './pythonTools';

/**
 * Every export over real HTTP, loaded by the libraries its users load it
 * with (followthemoney, networkx, pandas). Written once; run on the
 * embedded store and on Neo4j. The store holds the curated graph plus a
 * synthetic block larger than the old 2,000-relationship cap and than one
 * export page, so that counts prove nothing is cut.
 */

/** Neutral synthetic companies (not facts about anyone), each joined to the next by several links. */
const SYNTHETIC = 60;
const LINKS_EACH = 45; // 60 x 45 = 2,700 relationships
const syntheticActors: Actor[] = [
  ...Array.from({ length: SYNTHETIC }, (_, i) => ({
    id: `zz-test-company-${String(i).padStart(3, '0')}`,
    name: `Test Company ${i}`,
    aliases: [],
    kind: 'COMPANY' as const,
    origin: 'imported' as const,
    properties: { country: 'Iran', sourceList: 'Test list', listDate: '2025-01-01' },
  })),
  {
    id: 'zz-test-lonely-vessel',
    name: 'Lonely Test Vessel',
    aliases: [],
    kind: 'VESSEL',
    origin: 'imported',
    properties: { imoNumber: '9074729', flag: 'Korea, North', sourceList: 'Test list' },
  },
];
const syntheticRelationships: Relationship[] = syntheticActors.slice(0, SYNTHETIC).flatMap((a, i) =>
  Array.from({ length: LINKS_EACH }, (_, j) => ({
    id: `zz-test-link-${String(i).padStart(3, '0')}-${String(j).padStart(2, '0')}`,
    type: j % 2 === 0 ? ('OWNS' as const) : ('SUPPLIES' as const),
    source: a.id,
    target: syntheticActors[(i + 1 + (j % 5)) % SYNTHETIC]!.id,
    percent: j % 2 === 0 ? 10 + j : undefined,
    evidence: [{ excerpt: `test link ${j}`, document: 'source-essay' }],
    origin: 'imported' as const,
  })),
);

type FtmCheck = {
  errors: string[];
  errorCount: number;
  entities: number;
  schemata: Record<string, number>;
};
type GraphCheck = {
  nodes: number;
  edges: number;
  directed: boolean;
  graph: Record<string, unknown>;
  nodesWithLabel?: number;
  edgesWithRelation?: number;
  nodesWithName?: number;
};
type CsvCheck = {
  nodes: number;
  edges: number;
  nodeColumns: string[];
  edgeColumns: string[];
  edgeTypes: string[];
  relations: string[];
  danglingEdges: number;
};

export function exportSuite(makeStore?: () => Promise<GraphStore>): void {
  let server: TestServer;
  let stats: StoreStats;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer(makeStore ? await makeStore() : undefined);
    await server.store.upsertActors(syntheticActors);
    await server.store.upsertRelationships(syntheticRelationships);
    stats = await server.store.stats();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-suite-'));
  }, 120_000);
  afterAll(async () => {
    await server.close();
    if (makeStore) await server.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * GETs an export over a fresh connection (the Python checks between
   * requests outlast Node's 5 s keep-alive, and a reused socket may be reset).
   */
  const get = (
    file: string,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      http
        .get(`${server.url}/export/${file}`, { agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        })
        .on('error', reject);
    });
  const text = async (file: string): Promise<string> => (await get(file)).body.toString('utf8');

  /** Downloads an export into a file; its path and headers. */
  const download = async (
    file: string,
  ): Promise<{ at: string; headers: http.IncomingHttpHeaders }> => {
    const res = await get(file);
    expect(res.status).toBe(200);
    const at = path.join(dir, file.replace(/[^a-z0-9.]/gi, '_'));
    fs.writeFileSync(at, res.body);
    return { at, headers: res.headers };
  };
  /** Designations are exported as authority -> actor SANCTIONS links. */
  const links = () => stats.relationships + stats.designations;

  it('the store holds more than the old cap and one page', () => {
    expect(stats.relationships).toBeGreaterThan(Math.max(2000, EXPORT_PAGE));
  });

  describeWithPython('loaded by the tools users load them with', () => {
    it('FtM: followthemoney finds no invalid property, every actor and link, typed schemata', async () => {
      const { at, headers } = await download('graph.ftm.json');
      expect(headers['x-export-complete']).toBe('true');
      const check = checkWithPython<FtmCheck>('ftm', at);
      expect(check.errors).toEqual([]);
      const lines = fs
        .readFileSync(at, 'utf8')
        .trim()
        .split('\n')
        .map(
          (l) =>
            JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
        );
      const documents = lines.filter((e) => e.schema === 'Document').length;
      expect(check.entities).toBe(stats.actors + links() + documents);
      expect(check.schemata['Sanction']).toBe(stats.designations);
      expect(check.schemata['Ownership']).toBeGreaterThanOrEqual(
        SYNTHETIC * Math.ceil(LINKS_EACH / 2),
      );
      for (const schema of ['Payment', 'Directorship', 'Membership', 'Family']) {
        expect(check.schemata[schema]).toBeGreaterThan(0);
      }
      const byId = new Map(lines.map((e) => [e.id, e]));
      // Authorities by name; the $500bn investment with its amount; the vessel's IMO number.
      const sanction = byId.get('us-treasury--sanctions--mohammad-hossein-shamkhani-fleet')!;
      expect(sanction.properties['authority']).toEqual(['U.S. Treasury Department']);
      const invests = byId.get('iran--invests-in--iran-nuclear-program')!;
      expect(invests).toMatchObject({
        schema: 'Payment',
        properties: { amount: ['500000000000'], currency: ['USD'], purpose: ['investment'] },
      });
      // The claimant is not the publisher: it stays with the excerpt; the document is the proof.
      expect(invests.properties['publisher']).toBeUndefined();
      expect(invests.properties['summary']![0]).toContain('stated by Mohammad Javad Zarif');
      expect(invests.properties['proof']).toEqual(['document-source-essay']);
      // A list's date is FtM's last_change: re-importing the file needs no --date.
      expect(byId.get('zz-test-company-000')).toMatchObject({
        last_change: '2025-01-01T00:00:00',
        properties: { country: ['ir'], retrievedAt: ['2025-01-01'] },
      });
      expect(byId.get('zz-test-lonely-vessel')).toMatchObject({
        schema: 'Vessel',
        properties: { imoNumber: ['9074729'], flag: ['kp'], publisher: ['Test list'] },
      });
    });

    it('GraphML: networkx reads every actor (labelled) and every link (with its relation)', async () => {
      const { at } = await download('graph.graphml');
      const g = checkWithPython<GraphCheck>('graphml', at);
      expect(g).toMatchObject({ nodes: stats.actors, edges: links(), directed: true });
      expect(g.nodesWithLabel).toBe(stats.actors);
      expect(g.edgesWithRelation).toBe(links());
      expect(g.graph).toMatchObject({ complete: true });
    });

    it('cytoscape JSON: networkx.cytoscape_graph reads every actor and link', async () => {
      const { at } = await download('graph.json');
      const g = checkWithPython<GraphCheck & { multigraph: boolean }>('cytoscape', at);
      expect(g).toMatchObject({
        nodes: stats.actors,
        edges: links(),
        directed: true,
        multigraph: true,
      });
      expect(g.graph).toMatchObject({ complete: true });
    });

    it('CSV: pandas reads nodes.csv and edges.csv by URL-like download, Gephi columns', async () => {
      const nodes = await download('nodes.csv');
      const edges = await download('edges.csv');
      expect(nodes.headers['content-type']).toContain('text/csv');
      const csv = checkWithPython<CsvCheck>('csv', nodes.at, edges.at);
      expect(csv).toMatchObject({ nodes: stats.actors, edges: links(), danglingEdges: 0 });
      expect(csv.nodeColumns.slice(0, 2)).toEqual(['Id', 'Label']);
      expect(csv.edgeColumns.slice(0, 6)).toEqual([
        'Id',
        'Source',
        'Target',
        'Type',
        'Relation',
        'Label',
      ]);
      expect(csv.edgeTypes).toEqual(['Directed']);
      expect(csv.relations).toEqual(
        expect.arrayContaining(['OWNS', 'SUPPLIES', 'SANCTIONS', 'FUNDS']),
      );
    });
  });

  it('actors without relationships are in every export', async () => {
    const nodes = await text('nodes.csv');
    expect(nodes).toContain('\r\nzz-test-lonely-vessel,');
    const json = JSON.parse(await text('graph.json')) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(json.elements.nodes.map((n) => n.data.id)).toContain('zz-test-lonely-vessel');
  });

  it('filters narrow the whole graph; kinds keep the authorities their SANCTIONS links need', async () => {
    const sanctions = JSON.parse(await text('graph.json?types=SANCTIONS')) as {
      elements: { nodes: unknown[]; edges: { data: { type: string } }[] };
    };
    expect(sanctions.elements.edges).toHaveLength(stats.designations);
    const people = JSON.parse(await text('graph.json?kinds=PERSON')) as {
      elements: {
        nodes: { data: { id: string; kind: string } }[];
        edges: { data: { source: string; target: string } }[];
      };
    };
    const ids = new Set(people.elements.nodes.map((n) => n.data.id));
    expect(people.elements.nodes.filter((n) => n.data.kind === 'PERSON')).toHaveLength(
      stats.actorsByKind.PERSON!,
    );
    for (const e of people.elements.edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    }
  });

  it('a limit that cuts says so in an HTTP header and in every file', async () => {
    const res = await get('graph.graphml?limit=10');
    expect(res.headers['x-export-complete']).toBe('false');
    expect(res.headers['x-export-limit']).toBe('10');
    const xml = res.body.toString('utf8');
    expect(xml).toContain('<!-- PARTIAL EXPORT');
    expect(xml).toContain('<data key="complete">false</data>');
    const csv = await text('edges.csv?limit=10');
    expect(csv).toMatch(/^# PARTIAL EXPORT/);
    const ftm = await text('graph.ftm.json?limit=10');
    expect(JSON.parse(ftm.split('\n')[0]!)).toMatchObject({ schema: 'Note' });
    const json = JSON.parse(await text('graph.json?limit=10')) as {
      data: { complete: boolean; partial: { limit: number } };
      truncated: boolean;
    };
    expect(json).toMatchObject({
      data: { complete: false, partial: { limit: 10 } },
      truncated: true,
    });
  });

  it('a neighbourhood is complete unless its cap cuts it, and says which', async () => {
    const whole = await get('graph.json?around=hezbollah&depth=1');
    expect(whole.headers['x-export-complete']).toBe('true');
    const cut = await get('graph.json?around=hezbollah&depth=1&limit=1');
    expect(cut.headers['x-export-complete']).toBe('false');
    expect(cut.headers['x-export-limit']).toBe('1');
    const body = JSON.parse(cut.body.toString('utf8')) as {
      data: { complete: boolean; partial: { reason: string; relationships: number } };
    };
    expect(body.data).toMatchObject({ complete: false, partial: { reason: 'limit' } });
    expect(Number(cut.headers['x-export-relationships'])).toBe(body.data.partial.relationships);
  });

  it('the zip holds the same nodes.csv and edges.csv, under graph.zip and graph.csv', async () => {
    for (const name of ['graph.zip', 'graph.csv']) {
      const res = await get(name);
      expect(res.headers['content-type']).toContain('application/zip');
      expect(res.headers['content-disposition']).toContain('actor-network.zip');
    }
  });
}
