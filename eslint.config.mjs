import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layers } from './eslint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'neo4j/**',
      'notebooks/**',
      'data/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // neo4j-driver lives in the Neo4j store only: Cypher and sessions never leak into services.
    files: ['server/src/**/*.ts', 'graph-seed/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    ignores: ['server/src/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Only server/src/store/neo4j may use neo4j-driver.' },
          ],
        },
      ],
    },
  },
  {
    // The client talks GraphQL only: never server code.
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '@explorer/server', '@explorer/server/*'],
              message: 'The client talks to the server over GraphQL only.',
            },
          ],
          paths: [
            { name: 'neo4j-driver', message: 'Only server/src/store/neo4j may use neo4j-driver.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is the bottom layer: only its own modules, no package, not even Node's.
    files: ['domain/src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/imports': ['error', { within: 'domain/src', packages: [] }] },
  },
  {
    // The client: its own code, the shared domain and its npm dependencies;
    // never another workspace (server, graph-seed) or a file outside client/src.
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: {
      'layers/imports': [
        'error',
        { within: 'client/src', packages: ['*'], workspaces: ['@explorer/domain'] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
