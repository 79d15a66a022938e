import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Arguments that multiply the work below a field by their value: list sizes and walk widths. */
const MULTIPLYING_ARGUMENTS = ['first', 'limit', 'depth', 'maxHops'] as const;

export const QUERY_COST_EXCEEDED = 'QUERY_COST_EXCEEDED';

/**
 * The price of an operation before it runs: each object field costs the
 * product of the multiplying arguments (`first`, `limit`, `depth`,
 * `maxHops`, at their given value or schema default) on it and above it.
 * Scalars are free. Stops counting once past `maxCost`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  maxCost: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }

  const factor = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    let result = 1;
    for (const name of MULTIPLYING_ARGUMENTS) {
      const arg = field.args.find((a) => a.name === name);
      if (!arg) continue;
      const given = node.arguments?.find((a) => a.name.value === name);
      const value = given ? valueFromAST(given.value, arg.type, variables) : arg.defaultValue;
      if (typeof value === 'number' && value > 0) result *= value;
    }
    return result;
  };

  const costOf = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    multiplier: number,
    seen: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (total > maxCost) break;
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const type = getNamedType(field.type);
        if (!isCompositeType(type)) continue;
        const own = multiplier * factor(field, selection);
        total += own + costOf(selection.selectionSet, type, own, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += costOf(selection.selectionSet, cond ?? parent, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // cycles are refused by validation
        const cond = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += costOf(fragment.selectionSet, cond, multiplier, new Set([...seen, name]));
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : undefined;
  return root ? costOf(operation.selectionSet, root, 1, new Set()) : 0;
}

/**
 * Refuses an operation over `maxCost` after validation and before execution,
 * with variables known, so no store is called for it (HTTP 400).
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables, maxCost);
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost exceeds the maximum of ${maxCost}`, {
              extensions: { code: QUERY_COST_EXCEEDED, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
