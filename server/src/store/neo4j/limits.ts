/**
 * Default of the most relationships one BFS level may read (the store's
 * `maxRowsPerLevel` option, NEO4J_MAX_ROWS_PER_LEVEL). A level past it fails
 * with WalkTooLargeError: never a partial level, which would give other
 * answers than the embedded store's without saying so. In a module of its
 * own so that config.ts reads it without loading the driver.
 */
export const MAX_ROWS_PER_LEVEL = 100_000;
