import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { CostBudget } from '../http/costBudget';
import { rateLimitedBody } from '../http/security';
import type { RequestContext } from './context';
import { costModel } from './costModel';
import { operationCost, QUERY_COST_EXCEEDED } from './queryCost';

/**
 * After validation and before execution, with the variables known: refuses
 * an operation priced over `maxCost` (HTTP 400, QUERY_COST_EXCEEDED), then
 * charges its price to the client's per-minute cost budget (HTTP 429,
 * RATE_LIMITED, `budget: "cost"`, when it does not fit). Either way no
 * resolver runs and no store is called.
 */
export function queryCostPlugin(
  maxCost: number,
  budget: CostBudget,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = operationCost(
            schema,
            document,
            operation,
            request.variables,
            costModel(schema),
          );
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${formatCost(cost)} exceeds the maximum of ${maxCost}: ask for fewer items (first, limit), less depth or fewer aliases`,
              {
                extensions: {
                  code: QUERY_COST_EXCEEDED,
                  cost: Number.isFinite(cost) ? Math.ceil(cost) : null,
                  maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
          const charged = budget.charge(contextValue.clientIp, cost);
          if (!charged.ok) {
            const body = rateLimitedBody('cost', budget.perMinute, charged.retryAfterSeconds);
            throw new GraphQLError(body.message, {
              extensions: {
                ...body.extensions,
                http: {
                  status: 429,
                  headers: new Map([['retry-after', String(charged.retryAfterSeconds)]]),
                },
              },
            });
          }
        },
      };
    },
  };
}

function formatCost(cost: number): string {
  return Number.isFinite(cost) && cost < 1e15
    ? Math.ceil(cost).toLocaleString('en-US')
    : 'beyond 10^15';
}
