import type { Express, NextFunction, Request, Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';

/**
 * Security headers with a CSP the client works under: scripts and data from
 * this origin only; inline style attributes allowed (React and cytoscape set
 * them); data:/blob: images for PNG/SVG export.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

/**
 * CORS for the read-only API: any origin may read (notebooks, Observable),
 * never with credentials, so no cookie or auth header rides along.
 */
export function openReadOnlyCors() {
  return cors({
    origin: '*',
    credentials: false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: [
      'x-request-id',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      // Whether an export holds its whole scope (export/README.md).
      'x-export-complete',
      'x-export-limit',
      'x-export-relationships',
      'x-export-actors',
    ],
    maxAge: 600,
  });
}

/** Which per-client budget ran out: requests per minute, or cost points per minute. */
export type Budget = 'requests' | 'cost';

/** The error a client gets when one of its budgets ran out (HTTP 429), in words and as a code. */
export function rateLimitedBody(budget: Budget, perMinute: number, retryAfterSeconds: number) {
  const what =
    budget === 'requests'
      ? `more than ${perMinute} requests per minute`
      : `more than ${perMinute} query cost points per minute (each query costs its price, see QUERY_COST_EXCEEDED)`;
  return {
    message: `Too many requests: this client asked for ${what}; retry in ${retryAfterSeconds} s`,
    extensions: { code: 'RATE_LIMITED', budget, limit: perMinute, retryAfterSeconds },
  };
}

/** Per-IP request budget per minute; the IP comes from the socket unless `trust proxy` says otherwise. */
export function perClientRateLimit(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // X-Forwarded-For is ignored on purpose unless TRUST_PROXY says a proxy sets it.
    validate: { xForwardedForHeader: false },
    handler: (req, res) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000),
      );
      const body = rateLimitedBody('requests', perMinute, retryAfter);
      res
        .status(429)
        .setHeader('retry-after', String(retryAfter))
        .json({
          errors: [
            { ...body, extensions: { ...body.extensions, requestId: res.locals.requestId } },
          ],
        });
    },
  });
}

/**
 * A deadline for reading a request body: a client trickling its body (a
 * byte every few seconds) is answered 408 REQUEST_TIMEOUT once it passes,
 * and its connection closed, instead of holding a socket and a parser for
 * minutes. (The HTTP server's requestTimeout says the same for headers and
 * body together, checked about once a second.)
 */
export function bodyReadDeadline(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.readableEnded || !hasBody(req)) return next();
    const timer = setTimeout(() => {
      if (req.readableEnded) return;
      if (!res.headersSent) {
        res
          .status(408)
          .setHeader('connection', 'close')
          .json({
            errors: [
              {
                message: `Request body not received within ${timeoutMs} ms`,
                extensions: { code: 'REQUEST_TIMEOUT', requestId: res.locals.requestId },
              },
            ],
          });
      }
      // Stops the body parser; the socket closes once the answer is written.
      req.unpipe();
      req.pause();
      res.on('finish', () => req.socket.destroy());
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    res.once('finish', clear);
    next();
  };
}

function hasBody(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
  );
}

/** Body and protocol errors as JSON with a code, never an HTML page with a stack. */
export function jsonErrors(app: Express, onUnexpected: (err: unknown, req: Request) => void): void {
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status ?? 500;
    const type = (err as { type?: string }).type;
    const code =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : type === 'entity.parse.failed'
          ? 'BAD_REQUEST'
          : status >= 500
            ? 'INTERNAL_SERVER_ERROR'
            : 'BAD_REQUEST';
    if (status >= 500) onUnexpected(err, req);
    res.status(status >= 400 && status < 600 ? status : 500).json({
      errors: [
        {
          message: status >= 500 ? 'Internal server error' : code,
          extensions: { code, requestId: res.locals.requestId },
        },
      ],
    });
  });
}
