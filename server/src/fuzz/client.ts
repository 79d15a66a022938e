import { createHash } from 'node:crypto';
import { readSeed } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { KNOWN_CODES, leaks, stringsIn } from './operations';

/** The fuzz tests' side of the API: posting operations and judging answers. */

/** Everything the store holds, as one hash. */
export async function fingerprint(store: GraphStore): Promise<string> {
  const stats = await store.stats();
  const graph = await store.graph({ limit: 1_000_000 });
  const seedIds = readSeed().actors.map((a) => a.id);
  const actors = await store.getActors(seedIds);
  return createHash('sha256').update(JSON.stringify({ stats, graph, actors })).digest('hex');
}

type Body = {
  data?: unknown;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
};

/** What was wrong with a response; [] when it is an answer or a typed error. */
export function problemsOf(status: number, text: string, body: Body, inputs: string[]): string[] {
  const problems: string[] = [];
  if (![200, 400, 413].includes(status)) problems.push(`HTTP ${status}`);
  for (const error of body.errors ?? []) {
    const code = String(error.extensions?.['code']);
    if (!KNOWN_CODES.has(code)) problems.push(`code ${code}`);
  }
  if (!body.errors && (body.data === null || typeof body.data !== 'object')) {
    problems.push('neither data nor errors');
  }
  for (const leak of leaks(text, body, inputs)) problems.push(`leaks ${leak}`);
  return problems;
}

/** POSTs an operation; `inputs` are strings the query text carries (echoes allowed). */
export async function post(
  url: string,
  payload: { query: string; variables?: object },
  inputs: string[] = [],
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await res.text();
  let body: Body = {};
  try {
    body = JSON.parse(text) as Body;
  } catch {
    body = {};
  }
  const echoed = [...inputs, ...stringsIn(payload.variables)];
  return { status: res.status, text, body, problems: problemsOf(res.status, text, body, echoed) };
}
