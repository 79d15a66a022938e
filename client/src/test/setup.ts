import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { deserialize, serialize } from 'node:v8';

// jsdom has no canvas: answer "no 2D context" quietly instead of logging
// "Not implemented" for every probe, so the graph view runs headless.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;

// Every browser has structuredClone (cytoscape's breadthfirst layout uses it);
// Jest's jsdom environment does not expose Node's, so use the same algorithm.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

// findBy*/waitFor poll up to 10 s instead of 1 s: a loaded 2-core machine
// (two test runs at once, a build beside them) renders slower, and a wait
// that ends early is a flaky test, not a faster one.
configure({ asyncUtilTimeout: 10_000 });
