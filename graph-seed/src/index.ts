export * from './designations';
export * from './load';
export * from './report';
export * from './validate';
export * from './validity';
export * from './checklist/checklist';
