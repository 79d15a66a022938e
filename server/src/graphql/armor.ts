import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Bounds every query is checked against before it runs; documented in the README. */
export interface QueryBounds {
  /** Deepest field nesting (default 12). */
  maxDepth: number;
  /** Most aliases in one operation (default 15). */
  maxAliases: number;
  /** Most tokens in one document (default 2000). */
  maxTokens: number;
  /** Most directives in one document (default 20). */
  maxDirectives: number;
  /** Highest price (see queryCost.ts), default 100000. */
  maxCost: number;
}

export const DEFAULT_QUERY_BOUNDS: QueryBounds = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 100_000,
};

/**
 * graphql-armor's depth, alias and directive limits, and field
 * suggestions blocked in production. Its own cost limit is off: ours prices
 * list arguments (queryCost.ts).
 */
export function armor(bounds: QueryBounds, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: bounds.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: bounds.maxAliases },
    // Counted before parsing instead (maxTokens.ts): armor's parser turns syntax errors into validation errors.
    maxTokens: { enabled: false },
    maxDirectives: { n: bounds.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
