import { fetchActor, fetchNeighborhood, searchActors } from './api';
import { GraphQLRequestError, HttpError, NetworkError, describeError } from './errors';
import { GraphQLFault, installFakeServer } from '../test/fakeServer';
import { qodsDetail, searchResult, qods, wireActor } from '../test/fixtures';

describe('the GraphQL client', () => {
  it('POSTs JSON to /graphql with the operation name and returns the field', async () => {
    const fetchSpy = jest.fn(async () => ({
      ok: true,
      status: 200,
      text: async () => JSON.stringify({ data: { searchActors: [searchResult(qods)] } }),
    }));
    globalThis.fetch = fetchSpy as unknown as typeof fetch;
    const result = await searchActors({ query: 'qods', first: 8, kinds: null });
    expect(result.map((a) => a.id)).toEqual(['irgc-qods-force']);
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    const body = JSON.parse(String(init.body));
    expect(body.operationName).toBe('SearchActors');
    expect(body.query).toContain('fragment ActorSummary on Actor');
    // Null variables are left out so that the schema's defaults apply.
    expect(body.variables).toEqual({ query: 'qods', first: 8 });
  });

  it('sends each fragment once', async () => {
    const server = installFakeServer({ Actor: () => ({ actor: wireActor(qodsDetail) }) });
    let sent = '';
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      sent = String(init.body);
      return original(url, init);
    }) as typeof fetch;
    await fetchActor('irgc-qods-force');
    const query = JSON.parse(sent).query as string;
    expect(query.match(/fragment RelationshipFields/g)).toHaveLength(1);
    expect(query.match(/fragment DesignationFields/g)).toHaveLength(1);
    expect(server.calls[0]?.variables).toEqual({ id: 'irgc-qods-force' });
  });

  it('throws a NetworkError when the server cannot be reached', async () => {
    const server = installFakeServer({});
    server.setDown(true);
    const error = await searchActors({ query: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).kind).toBe('network');
    expect(describeError(error)).toMatch(/cannot reach the server/i);
  });

  it('throws a GraphQLRequestError carrying extensions.code', async () => {
    installFakeServer({
      Neighborhood: () => {
        throw new GraphQLFault('NOT_FOUND');
      },
    });
    const error = await fetchNeighborhood({ id: 'nobody' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NOT_FOUND');
  });

  it('throws an HttpError for a non-GraphQL answer such as a proxy error page', async () => {
    globalThis.fetch = (async () => ({
      ok: false,
      status: 502,
      text: async () => '<html>Bad gateway</html>',
    })) as unknown as typeof fetch;
    const error = await fetchActor('irgc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(502);
    expect(describeError(error)).toMatch(/cannot reach the api server/i);
  });
});
