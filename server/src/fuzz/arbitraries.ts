import fc from 'fast-check';
import { ACTOR_KINDS, RELATION_TYPES } from '@explorer/domain';

/**
 * Hostile GraphQL arguments for the fuzz tests: strings that mean something
 * to Cypher, Lucene, JSON, HTML or a terminal, Unicode tricks, numbers at and
 * past every bound, dates valid and not, enum lists with strangers.
 */

/** Strings that would change a query if any layer spliced them into one. */
export const INJECTIONS: readonly string[] = [
  // Cypher
  "' OR 1=1 //",
  '" OR ""="',
  "irgc'}) DETACH DELETE n //",
  'irgc"}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '``',
  '`Actor`',
  "'}) RETURN 1 UNION MATCH (n) RETURN n //",
  'MATCH (n) DETACH DELETE n',
  'CALL db.labels()',
  'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {})',
  'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line',
  ':Actor',
  '$id',
  '${id}',
  '{id: "irgc"}',
  '/* comment */',
  '// comment',
  '\\',
  "\\'",
  '\\u0027',
  'irgc\\',
  // Lucene (full-text search)
  '*',
  '?',
  '~',
  'a*',
  '*a',
  'fuzzy~2',
  '"unclosed',
  '(',
  ')',
  '[a TO z]',
  '{a TO z}',
  '+',
  '-',
  '&&',
  '||',
  '!',
  '^',
  ':',
  '/',
  '/.*/',
  'AND',
  'OR NOT',
  'name:irgc',
  'searchText:*',
  // JSON, HTML, templates, prototypes, SQL for good measure
  '{"$gt": ""}',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  "'; DROP TABLE actors; --",
  '%00',
  '%27',
  '../../etc/passwd',
  // Unicode tricks
  '\u202Eecrof sdoq\u202C', // right-to-left override
  'ir\u200Bgc', // zero-width space
  'ir\u200Dgc', // zero-width joiner
  '\uFEFFirgc', // byte-order mark
  'i\u0307rgc', // combining dot
  'Hezbolla\u0301h',
  'e' + '\u0301'.repeat(50), // a stack of combining marks
  'ＩＲＧＣ', // full-width
  'İstanbul',
  'straße',
  'حزب الله',
  '🏳️‍🌈',
  '\u0000',
  'a\u0000b',
  '\u2028\u2029',
  '\r\n',
  '\t',
  '\uD800', // lone surrogate
  '\uDC00x',
  '',
  ' ',
  // Long
  'a'.repeat(10_000),
  'irgc '.repeat(2_000),
  '('.repeat(5_000),
];

/** Any string: an injection, generated Unicode (graphemes or raw code points), or a mix. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...INJECTIONS.filter((s) => s.length < 100)), fc.string()), {
        maxLength: 5,
      })
      .map((parts) => parts.join('')),
  },
);

/** Actor ids of the curated graph that exist, and hostile strings that do not. */
export function actorId(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...known) },
    { weight: 3, arbitrary: hostileString },
  );
}

/** Integers around every bound of the schema, the 32-bit edges, and beyond. */
export const boundInt: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -(2 ** 31),
    -1,
    0,
    1,
    2,
    3,
    4,
    6,
    8,
    9,
    10,
    11,
    20,
    50,
    51,
    100,
    101,
    200,
    500,
    501,
    2000,
    2001,
    5000,
    5001,
    2 ** 31 - 1,
  ),
  fc.integer({ min: -10, max: 6000 }),
);

/** Values of the wrong type or range for an Int argument (refused by GraphQL). */
export const notAnInt: fc.Arbitrary<unknown> = fc.constantFrom(
  2 ** 31,
  -(2 ** 31) - 1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  '3',
  true,
  [1],
  { n: 1 },
);

/** Dates as the API takes them (partial ISO 8601), and things that are not. */
export const dateLike: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '2025',
    '2025-07',
    '2025-07-30',
    '1979-02-11',
    '0001',
    '9999-12-31',
    '2024-02-29',
    '2023-02-29',
    '2025-13',
    '2025-00-10',
    '2025-02-30',
    '2025-7-1',
    '20255',
    '25',
    '2025-07-30T00:00:00Z',
    '2025/07/30',
    'yesterday',
    '-2025',
    '+002025',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  hostileString,
);

/** A list of enum values: valid ones, sometimes with a stranger or a duplicate. */
export function enumList(values: readonly string[]): fc.Arbitrary<string[]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...values), { maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.oneof(
          fc.constantFrom(...values),
          fc.constantFrom('FOO', 'funds', '', 'Actor'),
          hostileString,
        ),
        { minLength: 1, maxLength: 4 },
      ),
    },
  );
}

export const relationTypes = enumList(RELATION_TYPES);
export const actorKinds = enumList(ACTOR_KINDS);

/** One enum value, or a wrong one. */
export function enumValue(values: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom('up', 'SIDEWAYS', ''), hostileString) },
  );
}

/**
 * Variables for an operation: each optional argument present or not, and now
 * and then an Int argument of the wrong type.
 */
export function variables(
  shape: Record<string, fc.Arbitrary<unknown>>,
  ints: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(shape, { requiredKeys: [] });
  if (ints.length === 0) return record;
  return fc.oneof(
    { weight: 9, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc
        .tuple(record, fc.constantFrom(...ints), notAnInt)
        .map(([vars, key, bad]) => ({ ...vars, [key]: bad })),
    },
  );
}
