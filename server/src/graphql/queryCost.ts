import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ARGUMENT_BOUNDS, type ArgumentBound } from '../services/limits';
import { costModel, type CostModel } from './costModel';
import { introspectionCost, namedTypeOf } from './introspectionCost';

export const QUERY_COST_EXCEEDED = 'QUERY_COST_EXCEEDED';

/** Arguments that multiply the work below a field by their value: list sizes and walk widths. */
const MULTIPLYING_ARGUMENTS = ['first', 'limit', 'depth', 'maxHops'] as const;

type Field = GraphQLField<unknown, unknown>;

/**
 * The price of an operation before it runs, from what will run: each object
 * field costs its own factor times the factors of the fields above it, plus
 * the work it does itself (costModel.ts: a ranking's subgraph); scalars are
 * free. A field's factor is the product of the effective values of its
 * multiplying arguments (`first`, `limit`, `depth`, `maxHops`) — the literal,
 * else the variable's value, else the variable's default, else the schema
 * default; `null` means the default, never zero — clamped to the argument's
 * range (a value past it is refused by the service before any work), or for
 * a list without such an argument its bound in the cost model, else 1.
 *
 * Aliases, inline fragments and spreads are all priced where they occur. A
 * fragment's price is computed once (prices are linear in the multiplier
 * above), so the check is linear in the document's size.
 *
 * Returns 0 for an operation whose variables are invalid: execution then
 * refuses it before any resolver runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  model: CostModel = costModel(schema),
): number {
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  );
  if (coerced.errors) return 0;
  const variables = coerced.coerced;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  /** Price of each fragment under a multiplier of 1; -1 while being priced (a cycle, refused by validation). */
  const fragmentCost = new Map<string, number>();

  /** A field's own factor (for what is below it) and its own work. */
  const price = (parent: GraphQLNamedType, field: Field, node: FieldNode) => {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      args = {}; // an invalid argument fails validation or execution before any work
    }
    let factor = model.listBound(parent.name, field.name);
    for (const name of MULTIPLYING_ARGUMENTS) {
      const arg = field.args.find((a) => a.name === name);
      if (!arg) continue;
      factor *= effective(`${parent.name}.${field.name}.${name}`, args[name], arg.defaultValue);
    }
    return { factor, work: model.work(parent.name, field.name, args) };
  };

  /** `__schema` and `__type` are priced on the schema itself (introspectionCost.ts). */
  const metaCost = (field: Field, node: FieldNode): number => {
    if (field === SchemaMetaFieldDef)
      return introspectionCost(schema, schema, 'Schema', node.selectionSet!, fragments);
    let name: unknown;
    try {
      name = getArgumentValues(field, node, variables)['name'];
    } catch {
      return 0; // refused by validation or execution before any work
    }
    const type = namedTypeOf(schema, name);
    return type ? introspectionCost(schema, type, 'Type', node.selectionSet!, fragments) : 1;
  };

  const unitCost = (set: SelectionSetNode, parent: GraphQLNamedType): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(schema, parent, selection.name.value);
        if (!field) continue;
        if (
          (field === SchemaMetaFieldDef || field === TypeMetaFieldDef) &&
          selection.selectionSet
        ) {
          total += metaCost(field, selection);
          continue;
        }
        const { factor, work } = price(parent, field, selection);
        total += work;
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) continue;
        total += factor + factor * unitCost(selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += unitCost(selection.selectionSet, cond ?? parent);
      } else {
        const name = selection.name.value;
        const known = fragmentCost.get(name);
        if (known !== undefined) {
          total += Math.max(0, known);
          continue;
        }
        const fragment = fragments.get(name);
        if (!fragment) continue;
        fragmentCost.set(name, -1);
        const cond = schema.getType(fragment.typeCondition.name.value) ?? parent;
        const cost = unitCost(fragment.selectionSet, cond);
        fragmentCost.set(name, cost);
        total += cost;
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : undefined;
  return root ? unitCost(operation.selectionSet, root) : 0;
}

/** A field of a type, including the introspection entry points on the query type. */
function fieldOf(schema: GraphQLSchema, parent: GraphQLNamedType, name: string): Field | undefined {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parent.getFields()[name];
}

/**
 * The value an argument will have in the resolver, for pricing: the given
 * number, else (missing or null) the service's default, else the schema
 * default; clamped to the argument's range.
 */
function effective(key: string, given: unknown, schemaDefault: unknown): number {
  const bound: ArgumentBound | undefined = (ARGUMENT_BOUNDS as Record<string, ArgumentBound>)[key];
  const value =
    typeof given === 'number'
      ? given
      : (bound?.default ?? (typeof schemaDefault === 'number' ? schemaDefault : 1));
  const max = bound?.max ?? Number.MAX_SAFE_INTEGER;
  return Math.min(max, Math.max(1, Number.isFinite(value) ? value : max));
}
