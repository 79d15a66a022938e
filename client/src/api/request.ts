import { GraphQLRequestError, HttpError, NetworkError, type GraphQLErrorEntry } from './errors';

/** Where GraphQL requests go: the same origin that served the page. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** Variables as callers give them: a missing or null value is left out, so the schema default applies. */
export type LooseVariables<V> = { [K in keyof V]?: V[K] | null | undefined };

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * POSTs one operation as JSON (which Apollo's CSRF prevention accepts) and
 * returns its `data`, or throws a NetworkError, HttpError or
 * GraphQLRequestError. An aborted request rethrows the AbortError.
 */
export async function request<T, V extends object>(
  operationName: string,
  query: string,
  variables: LooseVariables<V>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName, query, variables: withoutNulls(variables) }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(operationName, { cause: error });
  }
  let body: GraphQLResponse<T>;
  try {
    body = JSON.parse(await response.text()) as GraphQLResponse<T>;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HttpError(operationName, response.status);
  }
  if (body.errors?.length) throw new GraphQLRequestError(operationName, body.errors);
  if (!response.ok || body.data == null) throw new HttpError(operationName, response.status);
  return body.data;
}

function withoutNulls(variables: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value != null));
}
