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
    exposedHeaders: ['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
    maxAge: 600,
  });
}

/** Per-IP budget per minute; the IP comes from the socket unless `trust proxy` says otherwise. */
export function perClientRateLimit(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // X-Forwarded-For is ignored on purpose unless TRUST_PROXY says a proxy sets it.
    validate: { xForwardedForHeader: false },
    handler: (_req, res) => {
      res
        .status(429)
        .json({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] });
    },
  });
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
