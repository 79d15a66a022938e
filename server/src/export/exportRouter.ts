import { Router, type Request, type Response, type NextFunction } from 'express';
import {
  ACTOR_KINDS,
  ErrorCode,
  RELATION_TYPES,
  type ActorKind,
  type RelationType,
} from '@explorer/domain';
import { DomainError, InvalidArgumentError } from '../errors/DomainError';
import { safeDetails } from '../graphql/formatError';
import type { Services } from '../services/Services';
import type { Subgraph } from '../store/GraphStore';
import { toCytoscapeJson } from './cytoscapeJson';
import { edgesCsv, nodesCsv } from './csv';
import { toFtmLines } from './ftm';
import { toGraphml } from './graphml';
import { zipFiles } from './zip';

/**
 * GET /export/graph.{json,graphml,csv,ftm.json}: the current view's data for
 * other tools. Same filters as Query.graph (types, kinds, asOf, limit, as
 * comma-separated lists), or around=<id>&depth=N for a neighbourhood.
 */
export function exportRouter(services: Services): Router {
  const router = Router();
  const formats: Record<string, (sub: Subgraph, res: Response) => void> = {
    'graph.json': (sub, res) => res.type('application/json').send(toCytoscapeJson(sub)),
    'graph.graphml': (sub, res) => res.type('application/graphml+xml').send(toGraphml(sub)),
    'graph.csv': (sub, res) =>
      res.type('application/zip').send(
        zipFiles([
          { name: 'nodes.csv', content: nodesCsv(sub) },
          { name: 'edges.csv', content: edgesCsv(sub) },
        ]),
      ),
    'graph.ftm.json': (sub, res) => res.type('application/x-ndjson').send(toFtmLines(sub)),
  };

  router.get('/:file', async (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const write = formats[file];
    if (!write) return next();
    try {
      const sub = await subgraphFor(services, req.query as Record<string, unknown>);
      const name =
        file === 'graph.csv' ? 'actor-network.zip' : file.replace('graph', 'actor-network');
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      write(sub, res);
    } catch (err) {
      const code = err instanceof DomainError ? err.code : ErrorCode.INTERNAL_SERVER_ERROR;
      const status =
        code === ErrorCode.NOT_FOUND ? 404 : code === ErrorCode.BAD_USER_INPUT ? 400 : 500;
      if (status === 500) return next(err);
      // The shape of a GraphQL error and of every other route's (http/security.ts).
      const { message, details } = err as DomainError;
      res.status(status).json({
        errors: [
          {
            message,
            extensions: { code, ...safeDetails(details), requestId: res.locals.requestId },
          },
        ],
      });
    }
  });
  return router;
}

async function subgraphFor(services: Services, query: Record<string, unknown>): Promise<Subgraph> {
  const types = list('types', query.types, RELATION_TYPES) as RelationType[] | undefined;
  const kinds = list('kinds', query.kinds, ACTOR_KINDS) as ActorKind[] | undefined;
  const asOf = single(query.asOf);
  const limit = integer('limit', query.limit);
  const around = single(query.around);
  if (around !== undefined) {
    return services.graph.neighborhood(around, {
      depth: integer('depth', query.depth),
      types,
      asOf,
      limit,
      // Exports carry designations, drawn as authority -> actor SANCTIONS links.
      designationLinks: true,
    });
  }
  return services.graph.graph({ types, kinds, asOf, limit, designationLinks: true });
}

function single(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function integer(name: string, value: unknown): number | undefined {
  const s = single(value);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw new InvalidArgumentError(name, `must be a whole number, got "${s}"`);
  return Number(s);
}

function list(name: string, value: unknown, allowed: readonly string[]): string[] | undefined {
  const s = single(value);
  if (s === undefined) return undefined;
  const items = s.split(',').map((x) => x.trim().toUpperCase());
  const bad = items.find((x) => !allowed.includes(x));
  if (bad !== undefined) throw new InvalidArgumentError(name, `unknown value "${bad}"`);
  return items;
}
