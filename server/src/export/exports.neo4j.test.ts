import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';
import { exportSuite } from '../test/exportSuite';

jest.setTimeout(120_000);

describeNeo4j('exports on Neo4j', (connection) => {
  exportSuite(async () => {
    const store = new Neo4jGraphStore(connection);
    await store.init();
    await store.clear();
    return store;
  });
});
