import '@testing-library/jest-dom';
import { deserialize, serialize } from 'node:v8';

// jsdom has no canvas: answer "no 2D context" quietly instead of logging
// "Not implemented" for every probe, so the graph view runs headless.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;

// Every browser has structuredClone (cytoscape's breadthfirst layout uses it);
// Jest's jsdom environment does not expose Node's, so use the same algorithm.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
