import * as fs from 'node:fs';
import * as path from 'node:path';
import { CYPHER_MODULE_EXPORTS, exportedNames, findCypherSplices } from './cypherText';

/**
 * No Cypher built from values: every `${...}` or `+` inside a Cypher string of
 * the Neo4j store is a literal, an allow-listed label/type helper of
 * store/neo4j/cypher.ts (checked against RELATION_TYPES / ACTOR_KINDS), or
 * made of those. Values travel as $parameters.
 */

const NEO4J_DIR = path.resolve(__dirname, '..', 'store', 'neo4j');

function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ file: path.relative(NEO4J_DIR, full), text: fs.readFileSync(full, 'utf8') }];
  });
}

describe('Cypher is never built from values', () => {
  // cypher.ts is the one module allowed to turn (checked) values into Cypher text.
  const files = sources(NEO4J_DIR).filter((f) => f.file !== 'cypher.ts');

  it('scans the Neo4j store', () => {
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['Neo4jGraphStore.ts', 'walks.ts', 'writes.ts', 'schema.ts']),
    );
  });

  it('splices only literals and the allow-listed label/type helpers into Cypher strings', () => {
    expect(findCypherSplices(files)).toEqual([]);
  });

  it('cypher.ts exports only the reviewed helpers', () => {
    const text = fs.readFileSync(path.join(NEO4J_DIR, 'cypher.ts'), 'utf8');
    expect(exportedNames(text)).toEqual([...CYPHER_MODULE_EXPORTS].sort());
  });

  it('catches values spliced into Cypher', () => {
    const bad = `
      import { relType } from './cypher';
      export async function a(client: C, id: string, label: string, name: string) {
        await client.read('a', \`MATCH (a:Actor {id: '\${id}'}) RETURN a\`, {});
        await client.read('b', 'MATCH (a) WHERE a.name = "' + name + '" RETURN a', {});
        await client.read('c', \`MATCH (a:\${label}) RETURN a\`, {});
        const where = \`WHERE a.id = \${JSON.stringify(id)}\`;
        let dynamic = 'x';
        await client.read('d', \`MATCH (a) \${dynamic} RETURN a\`, {});
        await client.read('e', \`MATCH ()-[r:\${relType(t)}]->() \${fragment(id)} RETURN r\`, {});
      }
      function fragment(v: string) {
        return \`WITH r WHERE r.id = \${v}\`;
      }
      fragment(userInput);
    `;
    const found = findCypherSplices([{ file: 'bad.ts', text: bad }]).map((f) => f.text);
    expect(found).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'label',
        'JSON.stringify(id)',
        'dynamic',
        'fragment(id)',
        'v',
      ]),
    );
    expect(found).not.toContain('relType(t)');
  });

  it('accepts the allowed forms', () => {
    const good = `
      import { kindLabel, relType, relTypes, where, validOn, relProjection } from './cypher';
      const INDEX = 'actor_search';
      export function q(types: T[], asOf: string | undefined, directed: boolean, kind: K) {
        const arrow = directed ? '->' : '-';
        const perType = ALL.map((t) => \`MATCH ()-[r:\${relType(t)}]->() RETURN count(r)\`).join(' UNION ALL ');
        const branches = [types.length > 0 && \`MATCH (a)-[r\${relTypes(types)}]-() RETURN r\`].filter(Boolean);
        return \`MATCH (a:\${kindLabel(kind)})\${arrow}[r\${relTypes(types)}]-(b) \${where(validOn('r', asOf), asOf ? 'b.x = $x' : '')}
          CALL { \${perType} } CALL { \${branches.join(' UNION ')} } CALL db.index.fulltext.queryNodes('\${INDEX}', $q)
          RETURN \${relProjection('r')} AS rel, \${withId('id')}\` + ' LIMIT $n';
      }
      function withId(idVar: string) {
        return \`CALL (\${idVar}) { MATCH (x {id: \${idVar}}) RETURN x }\`;
      }
    `;
    expect(findCypherSplices([{ file: 'good.ts', text: good }])).toEqual([]);
  });
});
