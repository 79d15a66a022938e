import zlib from 'node:zlib';
import { readSeed } from '@explorer/graph-seed';
import { startTestServer, type TestServer } from '../test/testServer';
import { SaxesParser } from 'saxes';
import type { Actor, Relationship } from '@explorer/domain';
import type { Subgraph } from '../store/GraphStore';
import { csvField, edgesCsv, nodesCsv } from './csv';
import { toFtmLines } from './ftm';
import { toGraphml } from './graphml';

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

  // Exports draw designations as authority -> actor SANCTIONS links beside the relationships.
  const links = () => seed.relationships.length + seed.designations.length;

  it('cytoscape JSON has every actor, relationship and designation with evidence', async () => {
    const res = await get('graph.json');
    expect(res.headers.get('content-disposition')).toContain('actor-network.json');
    const body = (await res.json()) as {
      elements: { nodes: unknown[]; edges: { data: { evidence: unknown[] } }[] };
    };
    expect(body.elements.edges).toHaveLength(links());
    expect(body.elements.edges.every((e) => e.data.evidence.length > 0)).toBe(true);
  });

  it('GraphML declares its keys and holds one edge per relationship', async () => {
    const text = await (await get('graph.graphml')).text();
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('<key id="relation" for="edge" attr.name="relation"');
    expect(text).toContain('<key id="label" for="node" attr.name="label"');
    expect(text.match(/<edge /g)).toHaveLength(links());
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
  });

  it('CSV comes as a zip of nodes.csv and edges.csv', async () => {
    const res = await get('graph.csv?types=SANCTIONS');
    expect(res.headers.get('content-type')).toContain('application/zip');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv']);
    const edges = files['edges.csv']!.trim().split('\r\n');
    expect(edges[0]).toMatch(/^Id,Source,Target,Type,Relation,Label,/);
    expect(seed.designations.length).toBeGreaterThan(0);
    expect(edges).toHaveLength(seed.designations.length + 1);
    expect(edges.slice(1).every((e) => e.split(',')[3] === 'Directed')).toBe(true);
    expect(edges.slice(1).every((e) => e.split(',')[4] === 'SANCTIONS')).toBe(true);
  });

  it('FtM lines carry designations as Sanction entities naming their authority', async () => {
    const lines = (await (await get('graph.ftm.json')).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const sanction = lines.find(
      (e) => e.id === 'us-treasury--sanctions--mohammad-hossein-shamkhani-fleet',
    );
    expect(sanction).toMatchObject({
      schema: 'Sanction',
      properties: {
        entity: ['mohammad-hossein-shamkhani-fleet'],
        authority: ['U.S. Treasury Department'],
      },
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

describe('every export escapes what its format forbids, whatever the store holds', () => {
  // Every C0 control, DEL, C1, a lone surrogate, the noncharacters, the line separators, markup.
  const hostile =
    Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') +
    '\u007f\u0085\ud800\ufffe\uffff\u2028\u2029<&>"\'=cmd';
  const actor = (id: string): Actor => ({
    id,
    name: `name ${hostile}`,
    aliases: [`alias ${hostile}`],
    kind: 'PERSON',
    summary: `summary ${hostile}`,
    origin: 'imported',
  });
  const rel: Relationship = {
    id: `rel-${hostile}`,
    type: 'FUNDS',
    source: `a-${hostile}`,
    target: 'b',
    label: `label ${hostile}`,
    program: `program ${hostile}`,
    evidence: [{ excerpt: `excerpt ${hostile}`, document: 'doc' }],
    origin: 'imported',
  };
  const sub: Subgraph = {
    actors: [actor(`a-${hostile}`), actor('b')],
    relationships: [rel],
    truncated: false,
  };

  it('GraphML is well-formed XML, and tabs and line breaks survive as references', () => {
    const xml = toGraphml(sub);
    const errors: string[] = [];
    const values: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (e) => errors.push(e.message));
    parser.on('text', (t) => values.push(t));
    parser.on('opentag', (tag) =>
      values.push(...Object.values(tag.attributes as Record<string, string>)),
    );
    parser.write(xml).close();
    expect(errors).toEqual([]);
    const name = values.find((v) => v.startsWith('name '))!;
    const id = values.find((v) => v.startsWith('rel-'))!;
    for (const value of [name, id]) {
      for (const kept of ['\t', '\n', '\r', '<&>"', '\u2028']) expect(value).toContain(kept);
      // eslint-disable-next-line no-control-regex
      expect(value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
  });

  it('CSV cells hold no control characters but tab and line breaks, and stay one record per line', () => {
    const text = nodesCsv(sub) + edgesCsv(sub);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  it('FtM JSON lines are one entity per line, each line JSON', () => {
    const lines = toFtmLines(sub).trim().split(/\r?\n/);
    // Two actors, the relationship, the Document its evidence cites.
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(toFtmLines(sub)).not.toMatch(/[\u2028\u2029]/);
  });
});
