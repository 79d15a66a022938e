import type { GraphQLSchema } from 'graphql';
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

/** The cost model of the API over `schema` (introspection is priced exactly: introspectionCost.ts). */
export function costModel(schema: GraphQLSchema): CostModel {
  let model = models.get(schema);
  if (!model) {
    const bounds = LIST_BOUNDS;
    model = {
      listBound: (type, field) => bounds[`${type}.${field}`] ?? 1,
      work: (type, field, args) =>
        type === 'Query' && field === 'rank' ? rankWork(args['metric'] as RankMetric) : 0,
    };
    models.set(schema, model);
  }
  return model;
}
