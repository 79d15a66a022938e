/**
 * A stand-in for `fetch` that answers GraphQL POSTs by operation name, the
 * way the server would. Component tests use it; graph modules never need it.
 */
type Handler = (variables: Record<string, unknown>) => unknown;

export interface FakeServer {
  /** Every request made so far: operation name and variables. */
  calls: { operationName: string; variables: Record<string, unknown> }[];
  /** Makes every request fail as if the server were down (true) or answer again (false). */
  setDown(down: boolean): void;
}

/** Answers `{ data: handler(variables) }`; a handler that throws answers a GraphQL error with that code. */
export function installFakeServer(handlers: Record<string, Handler>): FakeServer {
  let down = false;
  const server: FakeServer = {
    calls: [],
    setDown(value) {
      down = value;
    },
  };
  const fake = async (_url: unknown, init?: { body?: unknown; signal?: AbortSignal }) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    const variables = body.variables ?? {};
    server.calls.push({ operationName: body.operationName, variables });
    if (down) throw new TypeError('Failed to fetch');
    const handler = handlers[body.operationName];
    if (!handler)
      return respond(400, { errors: [{ message: `no handler for ${body.operationName}` }] });
    try {
      return respond(200, { data: handler(variables) });
    } catch (error) {
      const code = error instanceof GraphQLFault ? error.code : 'INTERNAL_SERVER_ERROR';
      return respond(200, {
        data: null,
        errors: [{ message: String(error), extensions: { code } }],
      });
    }
  };
  globalThis.fetch = fake as unknown as typeof fetch;
  return server;
}

/** Throw from a handler to answer a GraphQL error with `extensions.code`. */
export class GraphQLFault extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function respond(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(body) };
}
