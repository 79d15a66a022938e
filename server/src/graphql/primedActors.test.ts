import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import { startTestServer, type TestServer } from '../test/testServer';

/** The embedded store, counting the actor reads the API makes. */
class CountingStore extends MemoryGraphStore {
  actorReads = 0;
  override async getActors(ids: readonly string[]) {
    this.actorReads++;
    return super.getActors(ids);
  }
}

const ENDS = 'relationships { source { id name } target { id name } }';

describe('actors a result carries are not read again for its relationships', () => {
  const store = new CountingStore();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(store);
  });
  afterAll(() => server.close());

  async function readsFor(query: string): Promise<number> {
    const before = store.actorReads;
    const { data, errors } = await server.gql(query);
    expect(errors).toBeUndefined();
    expect(data).toBeDefined();
    return store.actorReads - before;
  }

  it.each([
    ['neighborhood', '{ neighborhood(id: "hezbollah", depth: 2) { actors { id } %s } }'],
    ['graph', '{ graph(limit: 50) { actors { id } %s } }'],
    ['controlChain', '{ controlChain(id: "irgc-qods-force") { actors { id } %s } }'],
    ['paths', '{ paths(from: "houthis", to: "hezbollah") { actors { id } %s } }'],
    ['sanctionExposure', '{ sanctionExposure(id: "houthis") { status paths { hops %s } } }'],
  ])(
    '%s resolves the ends of its relationships without another store read',
    async (_name, query) => {
      // The service's own reads (the exposure's authorities) count on both sides.
      const without = await readsFor(query.replace('%s', ''));
      const withEnds = await readsFor(query.replace('%s', ENDS));
      expect(withEnds).toBe(without);
    },
  );

  it('still reads an actor no result carried (the counter counts)', async () => {
    expect(await readsFor('{ actor(id: "hezbollah") { name } }')).toBe(1);
  });
});
