import { Neo4jClient } from '../store/neo4j/Neo4jClient';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';
import { startTestServer, type TestServer } from '../test/testServer';
import { INJECTIONS } from './arbitraries';
import { fingerprint, post } from './client';

/**
 * The injection strings against a real Neo4j, through the API: searched
 * literally (full-text, Lucene syntax), and used as ids, programs, cursors
 * and dates. Every answer is data or a typed error, and the database holds
 * exactly what it held before: same nodes, same relationships, same labels.
 */

jest.setTimeout(120_000);

/** Every way a string reaches a query, one operation each. */
const USES: { query: string; vars: (s: string) => Record<string, unknown> }[] = [
  { query: 'query($s: String!) { searchActors(query: $s) { id } }', vars: (s) => ({ s }) },
  {
    query: 'query($s: String!) { searchActors(query: $s, kinds: [PERSON]) { id } }',
    vars: (s) => ({ s: `irgc ${s}` }),
  },
  { query: 'query($s: ID!) { actor(id: $s) { id } }', vars: (s) => ({ s }) },
  { query: 'query($s: ID!) { neighborhood(id: $s) { actors { id } } }', vars: (s) => ({ s }) },
  {
    query: 'query($s: ID!) { paths(from: "irgc", to: $s, maxHops: 3) { hops } }',
    vars: (s) => ({ s }),
  },
  {
    query:
      'query($s: String, $a: ID) { designations(program: $s, after: $s, since: $s, authority: $a) { edges { cursor } } }',
    vars: (s) => ({ s, a: s }),
  },
  { query: 'query($s: ID!) { sanctionExposure(id: $s) { status } }', vars: (s) => ({ s }) },
  { query: 'query($s: String) { graph(asOf: $s, limit: 10) { truncated } }', vars: (s) => ({ s }) },
  {
    query: 'query($s: ID!) { moneyFlows(id: $s, from: "2020") { unknownAmountCount } }',
    vars: (s) => ({ s }),
  },
];

describeNeo4j('injection strings on Neo4j', (connection) => {
  let store: Neo4jGraphStore;
  let client: Neo4jClient;
  let server: TestServer;

  /** Raw counts: nodes, relationships, labels and relationship types in use. */
  const census = async () => {
    const [row] = await client.read(
      'census',
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels }
       CALL () { MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS types }
       RETURN nodes, relationships, labels, types`,
      {},
    );
    return row;
  };

  beforeAll(async () => {
    store = new Neo4jGraphStore(connection);
    await store.init();
    await store.clear();
    client = new Neo4jClient(connection);
    server = await startTestServer(store);
  });
  afterAll(async () => {
    await server?.close();
    await client?.close();
    await store?.close();
  });

  it('answers every injection string with data or a typed error, and changes nothing', async () => {
    const before = { census: await census(), fingerprint: await fingerprint(store) };
    expect(before.census).toMatchObject({ nodes: expect.any(Number) });
    const problems: string[] = [];
    for (const s of INJECTIONS) {
      const results = await Promise.all(
        USES.map((use) => post(server.url, { query: use.query, variables: use.vars(s) })),
      );
      results.forEach((r, i) => {
        if (r.problems.length > 0) {
          problems.push(`${USES[i]!.query} with ${JSON.stringify(s).slice(0, 60)}: ${r.problems}`);
        }
      });
      // A literal search never fails (Lucene syntax in it is escaped, not parsed); only
      // a query past 200 characters is refused.
      const searchCodes = (results[0]!.body.errors ?? []).map((e) => e.extensions?.['code']);
      expect(searchCodes).toEqual(s.length > 200 ? ['BAD_USER_INPUT'] : []);
      // An id that is not an actor's is not one: no actor, whatever it says.
      expect(results[2]!.body.data).toEqual({ actor: null });
    }
    expect(problems).toEqual([]);
    expect(await census()).toEqual(before.census);
    expect(await fingerprint(store)).toBe(before.fingerprint);
  });
});
