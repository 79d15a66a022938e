import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/**
 * Refuses to send a result whose JSON would exceed `maxBytes`: the client
 * gets `data: null` and one error, RESPONSE_TOO_LARGE, instead of a body of
 * hundreds of megabytes (or a failed serialization and a 500). The size is
 * measured by walking the result before it is serialized, stopping as soon
 * as the cap is passed, so no oversized string is ever built.
 */
export function responseSizeCapPlugin(maxBytes: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!exceeds(result, maxBytes)) return;
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message:
                  `The response would be larger than ${maxBytes.toLocaleString('en-US')} bytes: ` +
                  'ask for fewer items (first, limit) or fewer fields',
                extensions: {
                  code: RESPONSE_TOO_LARGE,
                  maxBytes,
                  requestId: contextValue.requestId,
                },
              },
            ],
          };
        },
      };
    },
  };
}

/**
 * Whether `value` serializes to more than `max` bytes of JSON. Counts UTF-8
 * bytes of strings and keys plus quotes and punctuation; escapes are
 * ignored (they only add), so it may pass a body slightly over the cap,
 * never refuse one under it.
 */
export function exceeds(value: unknown, max: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += utf8Length(v) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
      size += String(v).length;
    } else if (v === null || v === undefined) size += 4;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      size += 1 + entries.length;
      for (const [key, item] of entries) {
        if (item === undefined) continue;
        size += utf8Length(key) + 3;
        stack.push(item);
      }
    }
    if (size > max) return true;
  }
  return false;
}

function utf8Length(s: string): number {
  // ASCII is the common case: its length is its byte count.
  // eslint-disable-next-line no-control-regex
  return s.length < 64 && /^[\x00-\x7f]*$/.test(s) ? s.length : Buffer.byteLength(s, 'utf8');
}
