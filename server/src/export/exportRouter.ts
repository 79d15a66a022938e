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
import type { ExportArgs, ExportScope } from '../services/ExportService';
import { EXPORT_FORMATS, type Emit } from './exportFormats';

/**
 * GET /export/{graph.json,graph.graphml,graph.zip,nodes.csv,edges.csv,graph.ftm.json}
 * (graph.csv: the zip, its old name): the whole graph, or the current view's
 * part of it, for other tools. Same filters as Query.graph (types, kinds,
 * asOf, as comma-separated lists; `limit` caps relationships, default none),
 * or around=<id>&depth=N for a neighbourhood. Written as it is read from the
 * store. `X-Export-Complete: false` (and a note in the file) when a limit cut it.
 */
export function exportRouter(services: Services): Router {
  const router = Router();
  router.get('/:file', async (req: Request, res: Response, next: NextFunction) => {
    const format = EXPORT_FORMATS[String(req.params.file)];
    if (!format) return next();
    let scope: ExportScope;
    try {
      scope = await services.exports.scope(exportArgs(req.query as Record<string, unknown>));
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
      return;
    }
    res.setHeader('content-type', format.contentType);
    res.setHeader('content-disposition', `attachment; filename="${format.download}"`);
    res.setHeader('x-export-complete', String(scope.partial === undefined));
    if (scope.partial) {
      res.setHeader('x-export-limit', String(scope.partial.limit));
      res.setHeader('x-export-relationships', String(scope.partial.relationships));
      res.setHeader('x-export-actors', String(scope.partial.actors));
    }
    try {
      await format.write(scope, emitTo(res), services.documents);
      res.end();
    } catch (err) {
      // Headers are sent: a failure midway can only cut the connection, never pass for a whole file.
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  });
  return router;
}

/** Writes to the response, waiting for the socket to drain when its buffer is full. */
function emitTo(res: Response): Emit {
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (res.destroyed) return reject(new Error('export: client went away'));
      if (res.write(chunk)) return resolve();
      const done = (): void => {
        res.off('close', gone);
        resolve();
      };
      const gone = (): void => {
        res.off('drain', done);
        reject(new Error('export: client went away'));
      };
      res.once('drain', done);
      res.once('close', gone);
    });
}

function exportArgs(query: Record<string, unknown>): ExportArgs {
  const args: ExportArgs = {
    types: list('types', query.types, RELATION_TYPES) as RelationType[] | undefined,
    kinds: list('kinds', query.kinds, ACTOR_KINDS) as ActorKind[] | undefined,
    asOf: single(query.asOf),
    limit: integer('limit', query.limit),
    around: single(query.around),
    depth: integer('depth', query.depth),
  };
  if (args.limit === 0) throw new InvalidArgumentError('limit', 'must be at least 1');
  return args;
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
