import fc from 'fast-check';
import { readSeed } from '@explorer/graph-seed';
import { startTestServer, type TestServer } from '../test/testServer';
import { hostileString, INJECTIONS } from './arbitraries';
import { fingerprint, post } from './client';
import { operations } from './operations';

/**
 * Property-based: any arguments, however hostile, get an answer or a typed
 * error (a known `extensions.code`, HTTP 200/400/413, never 5xx, never a
 * stack or a path), and reading changes nothing. The real app on the
 * embedded store with the curated graph.
 */

jest.setTimeout(60_000);

/** Runs per operation (FUZZ_RUNS raises it for a longer hunt). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

describe('fuzzed GraphQL arguments on the embedded store', () => {
  let server: TestServer;
  let before: string;
  const ids = readSeed().actors.map((a) => a.id);

  beforeAll(async () => {
    server = await startTestServer();
    before = await fingerprint(server.store);
  });
  afterAll(async () => {
    // Reading never writes: the graph is exactly what it was.
    expect(await fingerprint(server.store)).toBe(before);
    await server.close();
  });

  for (const operation of operations(ids)) {
    it(`${operation.name}: an answer or a typed error, for any arguments`, async () => {
      await fc.assert(
        fc.asyncProperty(operation.variables, async (variables) => {
          const { problems, text } = await post(server.url, { query: operation.query, variables });
          if (problems.length > 0) {
            throw new Error(`${problems.join(', ')}: ${text.slice(0, 500)}`);
          }
        }),
        { numRuns: RUNS, examples: (operation.examples ?? []).map((e) => [e]) },
      );
    });
  }

  it('hostile strings written into the query text itself: parsed or refused, typed', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (a, b) => {
        for (const query of [
          `{ searchActors(query: ${JSON.stringify(a)}) { id } }`,
          `{ actor(id: ${JSON.stringify(a)}) { id } }`,
          `{ paths(from: ${JSON.stringify(a)}, to: ${JSON.stringify(b)}) { hops } }`,
          `{ designations(program: ${JSON.stringify(a)}, after: ${JSON.stringify(b)}) { edges { cursor } } }`,
        ]) {
          const { problems, text } = await post(server.url, { query }, [a, b]);
          if (problems.length > 0) throw new Error(`${problems.join(', ')}: ${text.slice(0, 500)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every injection string, as a search and as an id, finds nothing it should not', async () => {
    for (const s of INJECTIONS) {
      const search = await post(server.url, {
        query: 'query($q: String!) { searchActors(query: $q) { id } }',
        variables: { q: s },
      });
      expect(search.problems).toEqual([]);
      const actor = await post(server.url, {
        query: 'query($id: ID!) { actor(id: $id) { id } }',
        variables: { id: s },
      });
      expect(actor.problems).toEqual([]);
      expect(actor.body.data).toEqual({ actor: null });
    }
  });
});
