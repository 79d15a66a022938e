export * from './load';
export * from './report';
export * from './validate';
