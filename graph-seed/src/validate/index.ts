export * from './claims';
export * from './issues';
export * from './schemas';
export * from './text';
export * from './validate';
