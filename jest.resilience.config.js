/**
 * `npm run test:resilience`: the long fault and load tests of resilience/
 * (real server processes, Neo4j instances of their own). Run after `npm test`;
 * the whole run takes a few minutes. Suites needing Java say loudly when they
 * cannot run, and fail when CI=true.
 */
const path = require('node:path');
const base = require('./jest.config.js');

const server = base.projects.find((p) => p.displayName === 'server');
const serverRoot = path.join(__dirname, server.rootDir);
// The server project's mapper, with its <rootDir> (server/) made absolute.
const moduleNameMapper = Object.fromEntries(
  Object.entries(server.moduleNameMapper).map(([pattern, target]) => [
    pattern,
    target.replace('<rootDir>', serverRoot),
  ]),
);

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'resilience',
  rootDir: __dirname,
  testMatch: ['<rootDir>/resilience/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/server/dist/', '<rootDir>/graph-seed/dist/'],
  transform: server.transform,
  moduleNameMapper,
  testEnvironment: 'node',
  // Builds server/dist once: the suites run the real `node server/dist/index.js`.
  globalSetup: '<rootDir>/resilience/support/globalSetup.ts',
  testTimeout: 180_000,
  // One suite at a time: they measure latency and memory on a small machine.
  maxWorkers: 1,
  verbose: true,
};
