import * as http from 'node:http';

/** A GraphQL POST with its latency; never throws for an HTTP status (only for a network error). */
export interface GqlResult {
  status: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
  };
  /** The raw response text (checked for leaks: stacks, Cypher, paths). */
  text: string;
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { timeoutMs?: number } = {},
): Promise<GqlResult> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let body: GqlResult['body'] = {};
  try {
    body = JSON.parse(text) as GqlResult['body'];
  } catch {
    // left empty: the caller's assertions on codes will fail and show `text`
  }
  return { status: res.status, ms, body, text };
}

/** GET with its latency. */
export async function timedGet(
  url: string,
  timeoutMs = 30_000,
): Promise<{ status: number; ms: number; json: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: res.status, ms: performance.now() - started, json };
}

/** The codes of a GraphQL response's errors. */
export function codes(result: GqlResult): string[] {
  return (result.body.errors ?? []).map((e) => String(e.extensions?.code));
}

/**
 * Signs of internals in a response: a stack frame, a source path, Cypher or a
 * driver class name. Returns what was found ([] when clean).
 */
export function leaks(text: string): string[] {
  const patterns: [string, RegExp][] = [
    ['stack frame', /\bat [\w.<>]+ \(|\n\s+at /],
    ['source path', /\/(src|dist)\/[\w/.-]+\.(ts|js)/],
    ['cypher', /\b(MATCH|UNWIND|RETURN|MERGE)\b.*[(:]/],
    ['driver', /Neo4jError|neo4j-driver|ServiceUnavailable:/],
    ['stacktrace key', /"stacktrace"/],
  ];
  return patterns.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * One HTTP connection of its own, opened (and accepted by the server) before
 * use: a request sent on it is surely in the server's hands, not waiting in
 * the listen backlog.
 */
export async function openConnection(url: string): Promise<{
  post(body: unknown): Promise<{ status: number; text: string; ms: number }>;
  close(): void;
}> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: string, path: string, body?: string) =>
    new Promise<{ status: number; text: string; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        `${url}${path}`,
        { method, agent, headers: body ? { 'content-type': 'application/json' } : {} },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  await request('GET', '/healthz');
  return {
    post: (body) => request('POST', '/graphql', JSON.stringify(body)),
    close: () => agent.destroy(),
  };
}
