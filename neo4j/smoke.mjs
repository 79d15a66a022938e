// Smoke test for the local Neo4j: auth, a query, a uniqueness constraint and a
// whitespace-analyzer full-text index. Uses its own label/index names and cleans up.
//   node neo4j/smoke.mjs            (Neo4j must be running; same env vars as run.sh)
import neo4j from 'neo4j-driver';

const port = process.env.NEO4J_BOLT_PORT || '7687';
const url = process.env.NEO4J_URI || `bolt://127.0.0.1:${port}`;
const user = process.env.NEO4J_USER || 'neo4j';
const password = process.env.NEO4J_PASSWORD || 'devpassword';

const driver = neo4j.driver(url, neo4j.auth.basic(user, password));
const q = (cypher, params = {}) => driver.executeQuery(cypher, params);
const fail = (msg) => {
  throw new Error(msg);
};

try {
  const info = await driver.getServerInfo();
  console.log(`connected: ${info.agent} at ${info.address} as ${user}`);

  const one = await q('RETURN 1 AS x');
  if (one.records[0].get('x').toNumber() !== 1) fail('RETURN 1 did not return 1');

  // Wrong password must be rejected (auth is enabled).
  const bad = neo4j.driver(url, neo4j.auth.basic(user, password + '-wrong'));
  try {
    await bad.executeQuery('RETURN 1');
    fail('a wrong password was accepted: auth is not enabled');
  } catch (e) {
    if (e.code !== 'Neo.ClientError.Security.Unauthorized') throw e;
  } finally {
    await bad.close();
  }

  await q('MATCH (a:SmokeActor) DETACH DELETE a');
  await q('CREATE CONSTRAINT smokeActorId IF NOT EXISTS FOR (a:SmokeActor) REQUIRE a.id IS UNIQUE');
  await q(
    'CREATE FULLTEXT INDEX smokeActorSearch IF NOT EXISTS FOR (a:SmokeActor) ON EACH [a.searchText] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  );
  await q('CALL db.awaitIndexes(60)');
  await q('UNWIND $rows AS r CREATE (:SmokeActor {id: r.id, searchText: r.text})', {
    rows: [
      { id: 'a1', text: 'Lockheed-Martin Corp defence contractor' },
      { id: 'a2', text: 'Example Capital Partners fund' },
    ],
  });

  try {
    await q("CREATE (:SmokeActor {id: 'a1'})");
    fail('uniqueness constraint did not reject a duplicate id');
  } catch (e) {
    if (e.code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') throw e;
  }

  // The whitespace analyzer keeps "Lockheed-Martin" as one token.
  const hits = await q(
    "CALL db.index.fulltext.queryNodes('smokeActorSearch', $query) YIELD node, score " +
      'RETURN node.id AS id, score ORDER BY score DESC',
    { query: 'Lockheed-Martin' },
  );
  const ids = hits.records.map((r) => r.get('id'));
  if (ids.length !== 1 || ids[0] !== 'a1') fail(`full-text query returned ${JSON.stringify(ids)}`);

  await q('MATCH (a:SmokeActor) DETACH DELETE a');
  await q('DROP INDEX smokeActorSearch IF EXISTS');
  await q('DROP CONSTRAINT smokeActorId IF EXISTS');
  console.log('neo4j smoke: 1 passed, 0 failed');
} catch (e) {
  console.error(e);
  console.log('neo4j smoke: 0 passed, 1 failed');
  process.exitCode = 1;
} finally {
  await driver.close();
}
