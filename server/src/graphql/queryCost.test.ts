import {
  buildSchema,
  execute,
  getIntrospectionQuery,
  type ExecutionResult,
  type GraphQLObjectType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { ARGUMENT_BOUNDS, RANK_SUBGRAPH_LIMIT } from '../services/limits';
import { rankWork } from '../services/RankService';
import { DEFAULT_QUERY_BOUNDS } from './armor';
import { operationCost } from './queryCost';
import { exceeds } from './responseSizeCap';
import { readTypeDefs } from './schema';

const schema = buildSchema(readTypeDefs());
const MAX = DEFAULT_QUERY_BOUNDS.maxCost;

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost(schema, document, operation, variables);
}

/** `relationships(<args>) { source { ... } }` nested `levels` deep under the Qods Force. */
function nested(levels: number, args: string, header = ''): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relationships${args} { source { ${inner} } }`;
  return `query ${header} { actor(id: "irgc-qods-force") { ${inner} } }`;
}

const RELATIONSHIPS = ARGUMENT_BOUNDS['Actor.relationships.first'];

describe('the price of a query is what will run', () => {
  it('`first: null` means the default, never zero: the five-level query is over the maximum', () => {
    const explicitNull = cost(nested(5, '(first: null)'));
    expect(explicitNull).toBe(cost(nested(5, '')));
    expect(explicitNull).toBeGreaterThan(MAX);
    // One level at the default: 1 (actor) + 500 relationships + 500 sources.
    expect(cost(nested(1, '(first: null)'))).toBe(1 + 2 * RELATIONSHIPS.default);
  });

  it("a variable's default is priced when the variable is not sent; its value when it is", () => {
    const twin = nested(5, '(first: $n)', '($n: Int = 1000)');
    expect(cost(twin)).toBeGreaterThan(MAX);
    expect(cost(twin, { n: 1000 })).toBe(cost(nested(5, '(first: 1000)')));
    expect(cost(twin, { n: 2 })).toBe(cost(nested(5, '(first: 2)')));
    // Sent as null: the field's default (500), not the variable's default and not zero.
    expect(cost(twin, { n: null })).toBe(cost(nested(5, '')));
    // A variable without a default, not sent: the field's default.
    expect(cost(nested(2, '(first: $n)', '($n: Int)'))).toBe(cost(nested(2, '')));
  });

  it('prices the literal, else the variable, else the schema default, each the same way', () => {
    const literal = cost('{ graph(limit: 300) { relationships { id } } }');
    expect(literal).toBe(1 * 300 + 300);
    expect(cost('query($l: Int) { graph(limit: $l) { relationships { id } } }', { l: 300 })).toBe(
      literal,
    );
    expect(cost('query($l: Int = 300) { graph(limit: $l) { relationships { id } } }')).toBe(
      literal,
    );
    const byDefault = cost('{ graph { relationships { id } } }');
    expect(byDefault).toBe(2 * ARGUMENT_BOUNDS['Query.graph.limit'].default);
  });

  it('a value past the maximum is priced at the maximum (the service refuses it before any work)', () => {
    expect(cost('{ searchActors(query: "a", first: 100000) { id } }')).toBe(
      ARGUMENT_BOUNDS['Query.searchActors.first'].max,
    );
  });

  it('prices aliases, inline fragments and spreads like the fields they stand for', () => {
    const one = cost('{ graph(limit: 10) { relationships { source { id } } } }');
    expect(
      cost(
        '{ a: graph(limit: 10) { relationships { source { id } } } b: graph(limit: 10) { relationships { source { id } } } }',
      ),
    ).toBe(2 * one);
    expect(
      cost('{ graph(limit: 10) { ... on Subgraph { relationships { source { id } } } } }'),
    ).toBe(one);
    expect(
      cost(
        '{ graph(limit: 10) { ...S } } fragment S on Subgraph { relationships { ...R } } fragment R on Relationship { source { id } }',
      ),
    ).toBe(one);
    // Spread twice: priced twice.
    expect(
      cost(
        '{ graph(limit: 10) { ...S ...S } } fragment S on Subgraph { relationships { source { id } } }',
      ),
    ).toBe(10 + 2 * (one - 10));
  });

  it('prices a ranking by the subgraph it may touch, per metric', () => {
    expect(rankWork('BETWEENNESS')).toBeGreaterThan(rankWork('PAGERANK'));
    expect(rankWork('PAGERANK')).toBeGreaterThan(rankWork('DEGREE'));
    expect(rankWork('DEGREE')).toBe(RANK_SUBGRAPH_LIMIT);
    const one = cost('{ rank(metric: BETWEENNESS) { score } }');
    expect(one).toBe(rankWork('BETWEENNESS') + ARGUMENT_BOUNDS['Query.rank.first'].default);
    expect(one).toBeLessThanOrEqual(MAX);
    const aliases = Array.from(
      { length: 15 },
      (_, i) =>
        `r${i}: rank(metric: BETWEENNESS, types: [${i % 2 ? 'SANCTIONS' : 'FUNDS'}]) { actor { id } score }`,
    );
    expect(cost(`{ ${aliases.join(' ')} }`)).toBeGreaterThan(MAX);
    // Through a variable, the metric is priced as sent.
    expect(cost('query($m: RankMetric!) { rank(metric: $m) { score } }', { m: 'DEGREE' })).toBe(
      rankWork('DEGREE') + ARGUMENT_BOUNDS['Query.rank.first'].default,
    );
  });

  it('prices a subgraph at up to two actors per relationship', () => {
    expect(cost('{ graph(limit: 100) { actors { id } } }')).toBe(100 + 200);
  });

  it('prices introspection at what it returns: the standard query passes, a nested bomb does not', () => {
    // The price is the number of objects the real execution returns (below `data`).
    const objects = (value: unknown): number =>
      Array.isArray(value)
        ? value.reduce((n: number, v) => n + objects(v), 0)
        : value && typeof value === 'object'
          ? 1 + Object.values(value).reduce((n: number, v) => n + objects(v), 0)
          : 0;
    const standard = getIntrospectionQuery();
    const result = execute({ schema, document: parse(standard) }) as ExecutionResult;
    expect(cost(standard)).toBe(objects(result.data) - 1);
    expect(cost(standard)).toBeLessThanOrEqual(MAX);
    // A field's type is usually wrapped (NON_NULL, LIST): reach the named type at every depth.
    let inner = 'name';
    for (let i = 0; i < 5; i++) {
      const level = `fields { ${inner} }`;
      inner = `type { ${level} ofType { ${level} ofType { ${level} ofType { ${level} } } } }`;
    }
    expect(cost(`{ __schema { types { fields { ${inner} } } } }`)).toBeGreaterThan(MAX);
    // __type(name:) is priced on that one type.
    expect(cost('{ __type(name: "Actor") { fields { name } } }')).toBe(
      1 + Object.keys((schema.getType('Actor') as GraphQLObjectType).getFields()).length,
    );
  });

  it('is linear in the document: a fragment spread 40 times at each of 12 levels is priced at once', () => {
    // Priced naively (each spread expanded where it occurs) this is 40^12 visits: it never ends.
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i < levels - 1
        ? `fragment L${i} on Actor { ${Array.from({ length: 40 }, () => `...L${i + 1}`).join(' ')} }`
        : `fragment L${i} on Actor { relationships(first: 2) { id } }`,
    );
    const document = `{ actor(id: "irgc") { ...L0 } } ${fragments.join(' ')}`;
    const price = cost(document);
    expect(price).toBe(1 + 40 ** (levels - 1) * 2);
    expect(price).toBeGreaterThan(MAX);
  });

  it('an operation with invalid variables costs nothing here: execution refuses it before any resolver', () => {
    expect(cost(nested(5, '(first: $n)', '($n: Int)'), { n: 'many' })).toBe(0);
  });
});

describe('the response size measure', () => {
  it('counts exactly the characters JSON.stringify writes, escapes aside', () => {
    const values: unknown[] = [
      { data: { a: [1, 2.5, -3e-7], b: null, c: true, d: false, e: '', f: {}, g: [] } },
      { errors: [{ message: 'x', extensions: { code: 'C', n: 12345678901 } }], data: null },
      [[[]], {}, [{ k: 'v' }]],
      { unicode: 'Ḥizballāh حزب الله', skipped: undefined },
    ];
    for (const value of values) {
      const length = JSON.stringify(value).length;
      expect(exceeds(value, length)).toBe(false);
      expect(exceeds(value, length - 1)).toBe(true);
    }
  });
});
