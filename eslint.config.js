// Lint rules, including the layering rules of docs/ARCHITECTURE.md ("Dependencies point one way").
import tseslint from 'typescript-eslint';

const databaseModules = ['kysely', 'pg', 'pg-*', '@electric-sql/*'];
const httpModules = ['hono', 'hono/*', '@hono/*'];

/** Forbid import paths (globs) with a message saying which layering rule they break. */
function forbid(patterns, message, { allowTypeImports = false } = {}) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message, allowTypeImports }] }] };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.test-tmp/**', '.scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only packages/server/src/config.ts reads process.env.' },
      ],
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: forbid(
      ['node:*', ...databaseModules, ...httpModules, 'react', '@observatory/server', '@observatory/server/*'],
      'packages/core is the pure domain: no IO, no database, no HTTP, no UI.',
    ),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: forbid(
      ['node:*', ...databaseModules, ...httpModules, '**/server/**', '@observatory/server', '@observatory/server/*'],
      'packages/web/src runs in the browser: it talks to the server over HTTP only.',
    ),
  },
  {
    files: ['packages/server/src/repositories/**/*.ts', 'packages/server/src/db/**/*.ts'],
    rules: forbid(
      [...httpModules, '**/services/**', '**/http/**', '**/cli/**'],
      'db and repositories are the bottom layer: they never import services, http or cli.',
    ),
  },
  {
    files: ['packages/server/src/services/**/*.ts', 'packages/server/src/readers/**/*.ts'],
    rules: forbid([...httpModules, '**/http/**', '**/cli/**'], 'Services never import the HTTP framework or the CLI.'),
  },
  {
    files: ['packages/server/src/http/**/*.ts', 'packages/server/src/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid(
      [...databaseModules, '**/db/**', '**/repositories/**'],
      'http and cli reach the database only through services (type imports are fine).',
      { allowTypeImports: true },
    ),
  },
  {
    files: [
      'packages/server/src/config.ts',
      'packages/server/test/**',
      'packages/web/test/**',
      'packages/web/bench/**',
      'scripts/**',
      '**/*.test.ts',
      'vitest.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
