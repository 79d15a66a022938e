import { Lexer, Source, TokenKind } from 'graphql';
import type { NextFunction, Request, Response } from 'express';

/**
 * Number of tokens in a document, counting no further than `max + 1`.
 * A document the lexer cannot read counts as 0: the parser then reports the
 * syntax error with its own code (GRAPHQL_PARSE_FAILED).
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) break;
    }
  } catch {
    return 0;
  }
  return count;
}

/**
 * Refuses a document of more than `max` tokens before it is parsed (a
 * graphql-armor style limit that keeps syntax errors as parse errors).
 */
export function maxTokens(max: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? req.query.query : body?.query;
    if (typeof query === 'string' && countTokens(query, max) > max) {
      res.status(400).json({
        errors: [
          {
            message: `Query has more than ${max} tokens`,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: res.locals.requestId },
          },
        ],
      });
      return;
    }
    next();
  };
}
