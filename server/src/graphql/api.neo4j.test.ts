import { apiSuite } from '../test/apiSuite';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';

jest.setTimeout(60_000);

describeNeo4j('GraphQL API on Neo4j', (connection) => {
  apiSuite(async () => {
    const store = new Neo4jGraphStore(connection);
    await store.init();
    await store.clear();
    return store;
  });
});
