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
                  `The response would be larger than ${maxBytes.toLocaleString('en-US')} characters: ` +
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
 * Whether `value` serializes to more than `max` characters of JSON (what the
 * response string would hold). Counts strings, keys, numbers and
 * punctuation without building anything; escapes are not counted (they only
 * add), so a body may pass slightly over the cap, never be refused under it.
 */
export function exceeds(value: unknown, max: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number') size += String(v).length;
    else if (v === true || v === null || v === undefined) size += 4;
    else if (v === false) size += 5;
    else if (Array.isArray(v)) {
      // Brackets and the commas between items.
      size += v.length === 0 ? 2 : 1 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (typeof v === 'object') {
      // Braces, then for each member its quoted key, a colon and a comma (the last has none).
      const record = v as Record<string, unknown>;
      let members = 0;
      for (const key in record) {
        const item = record[key];
        if (item === undefined) continue;
        members++;
        size += key.length + 4;
        stack.push(item);
      }
      size += members === 0 ? 2 : 1;
    }
    if (size > max) return true;
  }
  return false;
}
