import {
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_FLOWS } from '../services/limits';
import { rankWork, type RankMetric } from '../services/RankService';

/** What queryCost.ts needs to know beyond the arguments: list sizes and the work of a field. */
export interface CostModel {
  /** Most items of a list field that has no bounding argument (1 when the data sizes it). */
  listBound(type: string, field: string): number;
  /** Work a field does itself, beyond the objects it returns (a ranking's subgraph). */
  work(type: string, field: string, args: Record<string, unknown>): number;
}

/**
 * List fields without a `first`/`limit` argument whose resolver fills them up
 * to a bound of its own: priced at that bound. Other such lists (an actor's
 * aliases, designations and properties, a relationship's evidence) are sized
 * by the data about one actor or relationship and count 1.
 */
const LIST_BOUNDS: Readonly<Record<string, number>> = {
  // A subgraph's actors are the endpoints of its relationships: up to two per relationship.
  'Subgraph.actors': 2,
  'MoneyFlows.flows': MAX_FLOWS,
  'MoneyFlows.byCounterparty': MAX_FLOWS,
  'MoneyFlows.byYear': MAX_FLOWS,
};

const models = new WeakMap<GraphQLSchema, CostModel>();

/** The cost model of the API over `schema` (introspection lists priced by the schema's own sizes). */
export function costModel(schema: GraphQLSchema): CostModel {
  let model = models.get(schema);
  if (!model) {
    const bounds = { ...introspectionBounds(schema), ...LIST_BOUNDS };
    model = {
      listBound: (type, field) => bounds[`${type}.${field}`] ?? 1,
      work: (type, field, args) =>
        type === 'Query' && field === 'rank' ? rankWork(args['metric'] as RankMetric) : 0,
    };
    models.set(schema, model);
  }
  return model;
}

/**
 * Introspection lists at their largest in this schema (most fields of a
 * type, most arguments of a field...): a deeply nested introspection query
 * is priced like any other.
 */
function introspectionBounds(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(1, ...counts);
  const fieldsOf = (t: (typeof types)[number]) =>
    isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [];
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': most(types.map((t) => fieldsOf(t).length)),
    '__Type.inputFields': most(
      types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)),
    ),
    '__Type.enumValues': most(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))),
    '__Type.interfaces': most(
      types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
    ),
    // Only interfaces and unions have possible types (none, on every other type).
    '__Type.possibleTypes': most(
      types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)),
    ),
    '__Field.args': most(types.flatMap((t) => fieldsOf(t).map((f) => f.args.length))),
    '__Directive.args': most(directives.map((d) => d.args.length)),
  };
}
