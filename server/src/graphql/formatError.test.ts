import { GraphQLError } from 'graphql';
import { StoreTimeoutError, WalkTooLargeError } from '../errors/DomainError';
import type { Logger } from '../logger';
import { createFormatError } from './formatError';

function spyLogger() {
  const calls = { error: [] as unknown[][], warn: [] as unknown[][] };
  const logger = {
    error: (...args: unknown[]) => calls.error.push(args),
    warn: (...args: unknown[]) => calls.warn.push(args),
  } as unknown as Logger;
  return { logger, calls };
}

/** What a resolver throwing `error` looks like to formatError. */
function thrown(error: Error): [GraphQLError, unknown] {
  const wrapped = new GraphQLError(error.message, { path: ['neighborhood'], originalError: error });
  return [wrapped, wrapped];
}

describe('formatError', () => {
  it('a walk refused as too large keeps its code and message, logged as a warning', () => {
    const { logger, calls } = spyLogger();
    const [formatted, error] = thrown(new WalkTooLargeError('neighborhood', 100_000));
    const out = createFormatError(logger, true)(formatted.toJSON(), error);
    expect(out.extensions).toEqual({ code: 'WALK_TOO_LARGE' });
    expect(out.message).toMatch(/^neighborhood: .*more than 100000 relationships/);
    expect(calls.error).toEqual([]);
    expect(calls.warn).toHaveLength(1);
  });

  it('a store timeout is logged as an error', () => {
    const { logger, calls } = spyLogger();
    const [formatted, error] = thrown(new StoreTimeoutError('paths', 5000));
    const out = createFormatError(logger, true)(formatted.toJSON(), error);
    expect(out.extensions).toEqual({ code: 'STORE_TIMEOUT' });
    expect(calls.error).toHaveLength(1);
    expect(calls.warn).toEqual([]);
  });
});
