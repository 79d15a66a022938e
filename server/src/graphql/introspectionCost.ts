import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The exact price of an introspection selection (`__schema`, `__type`):
 * one per object it returns, counted on the schema itself rather than
 * bounded by the largest list, so the standard introspection query costs
 * what it returns however the schema grows, while a nested bomb
 * (`fields { type { fields { type ... } } }`) still costs its true,
 * exponential size. Memoised per (object, selection): computing it is
 * linear in objects times document size, never exponential.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  root: unknown,
  rootKind: IntrospectionKind,
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const memo = new Map<SelectionSetNode, Map<unknown, number>>();
  const cost = (value: unknown, kind: IntrospectionKind, selections: SelectionSetNode): number => {
    let byValue = memo.get(selections);
    if (!byValue) memo.set(selections, (byValue = new Map()));
    const known = byValue.get(value);
    if (known !== undefined) return known;
    byValue.set(value, 0); // a cycle through fragments is refused by validation
    let total = 0;
    const visit = (s: SelectionSetNode, seen: Set<string>) => {
      for (const sel of s.selections) {
        if (sel.kind === Kind.FIELD) {
          if (!sel.selectionSet) continue;
          const child = CHILDREN[kind][sel.name.value];
          if (!child) continue;
          for (const item of child.get(value, schema)) {
            total += 1 + cost(item, child.kind, sel.selectionSet);
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          visit(sel.selectionSet, seen);
        } else if (!seen.has(sel.name.value)) {
          const fragment = fragments.get(sel.name.value);
          if (fragment) visit(fragment.selectionSet, new Set([...seen, sel.name.value]));
        }
      }
    };
    visit(selections, new Set());
    byValue.set(value, total);
    return total;
  };
  return 1 + cost(root, rootKind, set);
}

export type IntrospectionKind = 'Schema' | 'Type' | 'Field' | 'InputValue' | 'Directive' | 'None';

type Child = { kind: IntrospectionKind; get: (value: unknown, schema: GraphQLSchema) => unknown[] };
type Field = GraphQLField<unknown, unknown>;

const one = (v: unknown): unknown[] => (v === undefined || v === null ? [] : [v]);
const fieldsOf = (t: unknown) =>
  isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [];

/** What each introspection object field returns, as the spec's resolvers do. */
const CHILDREN: Record<IntrospectionKind, Record<string, Child>> = {
  Schema: {
    types: { kind: 'Type', get: (_v, s) => Object.values(s.getTypeMap()) },
    queryType: { kind: 'Type', get: (_v, s) => one(s.getQueryType()) },
    mutationType: { kind: 'Type', get: (_v, s) => one(s.getMutationType()) },
    subscriptionType: { kind: 'Type', get: (_v, s) => one(s.getSubscriptionType()) },
    directives: { kind: 'Directive', get: (_v, s) => [...s.getDirectives()] },
  },
  Type: {
    fields: { kind: 'Field', get: (t) => fieldsOf(t) },
    interfaces: {
      kind: 'Type',
      get: (t) => (isObjectType(t) || isInterfaceType(t) ? [...t.getInterfaces()] : []),
    },
    possibleTypes: {
      kind: 'Type',
      get: (t, s) => (isInterfaceType(t) || isUnionType(t) ? [...s.getPossibleTypes(t)] : []),
    },
    enumValues: { kind: 'None', get: (t) => (isEnumType(t) ? [...t.getValues()] : []) },
    inputFields: {
      kind: 'InputValue',
      get: (t) => (isInputObjectType(t) ? Object.values(t.getFields()) : []),
    },
    ofType: {
      kind: 'Type',
      get: (t) => (isListType(t) || isNonNullType(t) ? [t.ofType] : []),
    },
  },
  Field: {
    args: { kind: 'InputValue', get: (f) => [...(f as Field).args] },
    type: { kind: 'Type', get: (f) => [(f as Field).type] },
  },
  InputValue: { type: { kind: 'Type', get: (a) => [(a as GraphQLArgument).type] } },
  Directive: { args: { kind: 'InputValue', get: (d) => [...(d as GraphQLDirective).args] } },
  None: {},
};

/** The named type `__type(name:)` returns, if any. */
export function namedTypeOf(schema: GraphQLSchema, name: unknown): unknown {
  return typeof name === 'string' ? getNamedType(schema.getType(name) ?? undefined) : undefined;
}
