import zlib from 'node:zlib';
import { readSeed } from '@explorer/graph-seed';
import { startTestServer, type TestServer } from '../test/testServer';
import { csvField } from './csv';

/** Reads the files of a ZIP written by zipFiles (local headers, deflate). */
function unzip(buf: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const name = buf.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength;
    const data = zlib.inflateRawSync(buf.subarray(start, start + size));
    expect(zlib.crc32(data)).toBe(buf.readUInt32LE(at + 14));
    files[name] = data.toString('utf8');
    at = start + size;
  }
  return files;
}

describe('exports of the graph for other tools', () => {
  let server: TestServer;
  const seed = readSeed();
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(`${server.url}/export/${path}`);

  it('cytoscape JSON has every actor and relationship with evidence', async () => {
    const res = await get('graph.json');
    expect(res.headers.get('content-disposition')).toContain('actor-network.json');
    const body = (await res.json()) as {
      elements: { nodes: unknown[]; edges: { data: { evidence: unknown[] } }[] };
    };
    expect(body.elements.edges).toHaveLength(seed.relationships.length);
    expect(body.elements.edges.every((e) => e.data.evidence.length > 0)).toBe(true);
  });

  it('GraphML declares its keys and holds one edge per relationship', async () => {
    const text = await (await get('graph.graphml')).text();
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('<key id="type" for="edge"');
    expect(text.match(/<edge /g)).toHaveLength(seed.relationships.length);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it('CSV comes as a zip of nodes.csv and edges.csv', async () => {
    const res = await get('graph.csv?types=SANCTIONS');
    expect(res.headers.get('content-type')).toContain('application/zip');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv']);
    const edges = files['edges.csv']!.trim().split('\r\n');
    expect(edges[0]).toMatch(/^id,source,target,type/);
    const sanctions = seed.relationships.filter((r) => r.type === 'SANCTIONS');
    expect(edges).toHaveLength(sanctions.length + 1);
  });

  it('FtM lines round-trip sanctions as Sanction entities', async () => {
    const lines = (await (await get('graph.ftm.json')).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const sanction = lines.find(
      (e) => e.id === 'us-treasury--sanctions--mohammad-hossein-shamkhani-fleet',
    );
    expect(sanction).toMatchObject({
      schema: 'Sanction',
      properties: { entity: ['mohammad-hossein-shamkhani-fleet'], authority: ['us-treasury'] },
    });
    expect(lines.find((e) => e.id === 'hezbollah')).toMatchObject({ schema: 'Organization' });
  });

  it('around=<id>&depth=N exports a neighbourhood; bad filters are 400, unknown ids 404', async () => {
    const body = (await (await get('graph.json?around=hezbollah&depth=1')).json()) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    const ids = body.elements.nodes.map((n) => n.data.id);
    expect(ids).toContain('hezbollah');
    expect(ids.length).toBeLessThan(seed.actors.length);
    const bad = await get('graph.json?types=NOPE');
    expect(bad.status).toBe(400);
    // The shape of a GraphQL error: a code, the argument it names, the request id.
    expect(await bad.json()).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: { code: 'BAD_USER_INPUT', argument: 'types', requestId: expect.any(String) },
        },
      ],
    });
    const unknown = await get('graph.json?around=nobody');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', actorId: 'nobody' } }],
    });
  });

  it('CSV cells that would run as spreadsheet formulas stay text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('plain, with comma')).toBe('"plain, with comma"');
    expect(csvField(-5)).toBe('-5');
  });
});
