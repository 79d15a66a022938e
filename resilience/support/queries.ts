import { codes, gql, leaks, timedGet, type GqlResult } from './http';
import { sleep } from './paths';

/** A mix of the API's queries over the curated graph. */
export const MIX: { query: string; variables?: Record<string, unknown> }[] = [
  { query: '{ stats { actors relationships } }' },
  { query: 'query($q: String!) { searchActors(query: $q) { id name } }', variables: { q: 'irgc' } },
  {
    query: 'query($id: ID!) { actor(id: $id) { id degree relationships(first: 20) { id } } }',
    variables: { id: 'irgc-qods-force' },
  },
  {
    query:
      'query($id: ID!) { neighborhood(id: $id, depth: 2) { actors { id } relationships { id } } }',
    variables: { id: 'irgc-qods-force' },
  },
  {
    query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 5) { hops } }',
    variables: { a: 'irgc-qods-force', b: 'hezbollah' },
  },
  {
    query: 'query($id: ID!) { sanctionExposure(id: $id) { status } }',
    variables: { id: 'irgc' },
  },
];

/** A failed request as the client must see it: a typed code among `allowed`, no internals, no 5xx. */
export function expectTypedFailure(result: GqlResult, allowed: readonly string[]): void {
  expect(result.status).toBeLessThan(500);
  expect(result.body.errors?.length).toBeGreaterThan(0);
  for (const code of codes(result)) expect(allowed).toContain(code);
  expect(leaks(result.text)).toEqual([]);
}

/**
 * `paths` from the hub at the largest allowed bounds, with /healthz probed
 * every 100 ms meanwhile; returns the query's result and the probes' latencies.
 */
export async function heavyPathQuery(
  url: string,
  from: string,
  to: string,
): Promise<{ result: GqlResult; healthz: number[] }> {
  const healthz: number[] = [];
  let done = false;
  const probing = (async () => {
    while (!done) {
      healthz.push((await timedGet(`${url}/healthz`)).ms);
      await sleep(100);
    }
  })();
  try {
    const result = await gql(
      url,
      `query($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 8, first: 50) { hops actors { id } relationships { id } }
      }`,
      { from, to },
    );
    return { result, healthz };
  } finally {
    done = true;
    await probing;
  }
}
