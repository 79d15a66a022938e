import type { NextFunction, Request, Response } from 'express';
import { ARGUMENT_BOUNDS } from '../services/limits';
import type { CostBudget } from './costBudget';
import { rateLimitedBody } from './security';

/**
 * The price of an export, priced as the GraphQL query it stands for would
 * be: the relationships it may hold (`limit`, for a neighbourhood times
 * `depth`) and up to two actors for each. The whole graph (no `limit`),
 * whose size is not known before it streams, costs as Query.graph's
 * largest page.
 */
export function exportPrice(query: Record<string, unknown>): number {
  const around = typeof query.around === 'string' && query.around !== '';
  const limit = around
    ? effective(query.limit, ARGUMENT_BOUNDS['Query.neighborhood.limit']) *
      effective(query.depth, ARGUMENT_BOUNDS['Query.neighborhood.depth'])
    : query.limit === undefined || query.limit === ''
      ? ARGUMENT_BOUNDS['Query.graph.limit'].max
      : effective(query.limit, ARGUMENT_BOUNDS['Query.graph.limit']);
  return 3 * limit;
}

function effective(raw: unknown, bound: { default: number; max: number }): number {
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : bound.default;
  return Math.min(bound.max, Math.max(1, n));
}

/** Charges each export to the client's cost budget; 429 RATE_LIMITED (`budget: "cost"`) when it does not fit. */
export function exportCost(budget: CostBudget, clientIp: (req: Request) => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const charged = budget.charge(clientIp(req), exportPrice(req.query as Record<string, unknown>));
    if (charged.ok) return next();
    const body = rateLimitedBody('cost', budget.perMinute, charged.retryAfterSeconds);
    res
      .status(429)
      .setHeader('retry-after', String(charged.retryAfterSeconds))
      .json({
        errors: [{ ...body, extensions: { ...body.extensions, requestId: res.locals.requestId } }],
      });
  };
}
