/**
 * @explorer/domain: the rules every workspace shares, each written once.
 * No dependencies, no I/O: the curated data (graph-seed), the server and the
 * client import from here.
 */
export * from './model';
export * from './relationGroups';
export * from './dates';
export * from './search';
export * from './errorCodes';
export * from './apiBounds';
export * from './validity';
