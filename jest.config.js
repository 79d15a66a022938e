/**
 * One `npm test` runs every project. The global setup starts a throw-away
 * Neo4j with the project's launcher unless NEO4J_URI names one
 * (testing/jestGlobalSetup.ts). Suites that need Neo4j or Chromium say
 * loudly when they cannot run, and fail when CI=true.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // Compiled output holds copies of the tests; only sources run.
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Sized for a loaded 2-core machine; tests wait for conditions, never for fixed delays.
  testTimeout: 30_000,
  moduleNameMapper: {
    '^@explorer/domain$': '<rootDir>/../domain/src/index.ts',
    '^@explorer/graph-seed$': '<rootDir>/../graph-seed/src/index.ts',
    // Dynamic imports name the compiled .js file; in tests the .ts source answers.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/testing/jestGlobalSetup.ts',
  globalTeardown: '<rootDir>/testing/jestGlobalTeardown.ts',
  projects: [
    { ...shared, displayName: 'domain', rootDir: 'domain', testEnvironment: 'node' },
    { ...shared, displayName: 'graph-seed', rootDir: 'graph-seed', testEnvironment: 'node' },
    { ...shared, displayName: 'server', rootDir: 'server', testEnvironment: 'node' },
    {
      ...shared,
      displayName: 'client',
      rootDir: 'client',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '\\.css$': '<rootDir>/src/test/styleStub.js',
      },
    },
    { ...shared, displayName: 'e2e', rootDir: 'e2e', testEnvironment: 'node' },
  ],
};
