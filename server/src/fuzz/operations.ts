import fc from 'fast-check';
import {
  actorId,
  actorKinds,
  boundInt,
  dateLike,
  enumValue,
  hostileString,
  relationTypes,
  variables,
} from './arbitraries';

/** One operation of the API with generated variables for every argument. */
export interface FuzzOperation {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
  /** Cases always tried first (edges found before, largest bounds). */
  examples?: Record<string, unknown>[];
}

/** Error codes a client may get for any input; anything else (500, INTERNAL_SERVER_ERROR, STORE_*) is a bug. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_COST_EXCEEDED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * Signs of internals in a GraphQL response: stack frames, source paths,
 * Cypher, driver errors. The client's own strings, which error messages
 * quote back, are blanked out first.
 */
export function leaks(
  text: string,
  body: { errors?: { message?: string; extensions?: Record<string, unknown> }[] },
  inputs: readonly string[],
): string[] {
  const parts: string[] = [];
  for (const error of body.errors ?? []) {
    parts.push(error.message ?? '');
    for (const [key, value] of Object.entries(error.extensions ?? {})) {
      if (key !== 'actorId' && key !== 'requestId') parts.push(JSON.stringify(value));
    }
  }
  let shown = body.errors ? parts.join('\n') : text;
  const echoes = inputs.flatMap((s) => [s, JSON.stringify(s)]).filter((s) => s.length > 2);
  for (const echo of echoes.sort((a, b) => b.length - a.length)) {
    shown = shown.split(echo).join('<input>');
  }
  const patterns: [string, RegExp][] = [
    ['stack frame', /\n\s+at |\bat [\w.<>]+ \(/],
    ['source path', /\/(src|dist|node_modules)\/[\w/.-]+\.(ts|js)/],
    ['cypher', /\b(MATCH|UNWIND|MERGE|DETACH DELETE)\b[^"]*[(:]/],
    ['driver', /Neo4jError|neo4j-driver|Neo\.(ClientError|TransientError|DatabaseError)/],
  ];
  const found = patterns.filter(([, re]) => re.test(shown)).map(([name]) => name);
  if (/"(stacktrace|stack)"\s*:/.test(text)) found.push('stack');
  return found;
}

/** Every string inside a value (variables), for `leaks`. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

export function operations(ids: readonly string[]): FuzzOperation[] {
  const id = actorId(ids);
  const direction = enumValue(['OUT', 'IN', 'BOTH']);
  const required = (
    shape: Record<string, fc.Arbitrary<unknown>>,
    keys: string[],
    ints: string[],
  ): fc.Arbitrary<Record<string, unknown>> =>
    fc
      .tuple(
        fc.record(Object.fromEntries(keys.map((k) => [k, shape[k]!]))),
        variables(
          Object.fromEntries(Object.entries(shape).filter(([k]) => !keys.includes(k))),
          ints,
        ),
      )
      .map(([req, rest]) => ({ ...req, ...rest }));

  return [
    {
      name: 'searchActors',
      query: `query($query: String!, $kinds: [ActorKind!], $first: Int) {
        searchActors(query: $query, kinds: $kinds, first: $first) { id name kind aliases }
      }`,
      variables: required(
        { query: hostileString, kinds: actorKinds, first: boundInt },
        ['query'],
        ['first'],
      ),
    },
    {
      name: 'actor',
      query: `query($id: ID!, $types: [RelationType!], $direction: Direction, $first: Int) {
        actor(id: $id) {
          id name degree designations { id }
          relationships(types: $types, direction: $direction, first: $first) { id type source { id } }
          totals { inUsd outUsd unknownCount }
        }
      }`,
      variables: required(
        { id, types: relationTypes, direction, first: boundInt },
        ['id'],
        ['first'],
      ),
    },
    {
      name: 'graph',
      query: `query($types: [RelationType!], $kinds: [ActorKind!], $asOf: String, $limit: Int) {
        graph(types: $types, kinds: $kinds, asOf: $asOf, limit: $limit) {
          actors { id } relationships { id start end } truncated
        }
      }`,
      variables: variables(
        { types: relationTypes, kinds: actorKinds, asOf: dateLike, limit: boundInt },
        ['limit'],
      ),
    },
    {
      name: 'neighborhood',
      query: `query($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int, $asOf: String) {
        neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, asOf: $asOf) {
          actors { id } relationships { id } truncated
        }
      }`,
      variables: required(
        { id, depth: boundInt, types: relationTypes, limit: boundInt, asOf: dateLike },
        ['id'],
        ['depth', 'limit'],
      ),
      examples: [{ id: 'irgc-qods-force', depth: 3, limit: 2000 }],
    },
    {
      name: 'paths',
      query: `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!], $directed: Boolean,
                    $first: Int, $asOf: String, $chronological: Boolean) {
        paths(from: $from, to: $to, maxHops: $maxHops, types: $types, directed: $directed,
              first: $first, asOf: $asOf, chronological: $chronological) {
          hops actors { id } relationships { id }
        }
      }`,
      variables: required(
        {
          from: id,
          to: id,
          maxHops: boundInt,
          types: relationTypes,
          directed: fc.boolean(),
          first: boundInt,
          asOf: dateLike,
          chronological: fc.boolean(),
        },
        ['from', 'to'],
        ['maxHops', 'first'],
      ),
      examples: [{ from: 'irgc-qods-force', to: 'united-states', maxHops: 8, first: 50 }],
    },
    {
      name: 'controlChain',
      query: `query($id: ID!, $direction: ChainDirection, $maxHops: Int, $asOf: String, $limit: Int) {
        controlChain(id: $id, direction: $direction, maxHops: $maxHops, asOf: $asOf, limit: $limit) {
          actors { id } relationships { id } truncated
        }
      }`,
      variables: required(
        {
          id,
          direction: enumValue(['UP', 'DOWN']),
          maxHops: boundInt,
          asOf: dateLike,
          limit: boundInt,
        },
        ['id'],
        ['maxHops', 'limit'],
      ),
    },
    {
      name: 'moneyFlows',
      query: `query($id: ID!, $direction: FlowDirection, $types: [RelationType!], $from: String, $to: String) {
        moneyFlows(id: $id, direction: $direction, types: $types, from: $from, to: $to) {
          flows { id amount { usd } } byCounterparty { usd counterparty { id } } byYear { year usd }
          unknownAmountCount
        }
      }`,
      variables: required(
        { id, direction, types: relationTypes, from: dateLike, to: dateLike },
        ['id'],
        [],
      ),
    },
    {
      name: 'designations',
      query: `query($authority: ID, $program: String, $since: String, $first: Int, $after: String) {
        designations(authority: $authority, program: $program, since: $since, first: $first, after: $after) {
          edges { cursor node { id program } } pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: variables(
        {
          authority: id,
          program: fc.oneof(fc.constantFrom('SDGT', 'IRGC', 'sdgt', 'NPWMD'), hostileString),
          since: dateLike,
          first: boundInt,
          after: fc.oneof(
            fc.constantFrom('aXJnYw==', 'cmVsOnVua25vd24=', 'not-base64!', '=='),
            hostileString,
          ),
        },
        ['first'],
      ),
    },
    {
      name: 'sanctionExposure',
      query: `query($id: ID!, $maxHops: Int, $via: [RelationType!], $asOf: String, $first: Int) {
        sanctionExposure(id: $id, maxHops: $maxHops, via: $via, asOf: $asOf, first: $first) {
          status rule paths { hops actors { id } } designations { id }
        }
      }`,
      variables: required(
        { id, maxHops: boundInt, via: relationTypes, asOf: dateLike, first: boundInt },
        ['id'],
        ['maxHops', 'first'],
      ),
    },
    {
      name: 'rank',
      query: `query($metric: RankMetric!, $types: [RelationType!], $kinds: [ActorKind!], $first: Int) {
        rank(metric: $metric, types: $types, kinds: $kinds, first: $first) { score actor { id } }
      }`,
      variables: required(
        {
          metric: enumValue(['DEGREE', 'PAGERANK', 'BETWEENNESS']),
          types: relationTypes,
          kinds: actorKinds,
          first: boundInt,
        },
        ['metric'],
        ['first'],
      ),
      // No relationship among the kinds asked for: an empty graph to rank.
      examples: [
        { metric: 'PAGERANK', kinds: ['VESSEL'] },
        { metric: 'BETWEENNESS', types: ['PART_OF'], kinds: ['COUNTRY'] },
      ],
    },
  ];
}
