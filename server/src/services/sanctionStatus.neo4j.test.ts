import { sanctionStatusContract } from '../store/contract/sanctionStatusContract';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';
import { describeNeo4j } from '../store/neo4j/testSupport';

jest.setTimeout(60_000);

describeNeo4j('sanction status per authority on Neo4j', (connection) => {
  sanctionStatusContract(async () => {
    const store = new Neo4jGraphStore(connection);
    await store.init();
    await store.clear();
    return store;
  });
});
