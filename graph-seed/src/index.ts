export * from './designations';
export * from './load';
export * from './report';
export * from './validate';
export * from './checklist/checklist';
