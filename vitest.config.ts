// Test projects: pure core tests, server tests without storage, the web's pure tests, browser tests in Chromium, and the storage tests run twice,
// once on embedded PGlite and once on a real PostgreSQL server started by the harness.
import { defineConfig } from 'vitest/config';

const storageTests = ['packages/server/src/**/*.db.test.ts', 'packages/server/test/**/*.db.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.test.ts'],
          exclude: storageTests,
        },
      },
      {
        extends: true,
        test: { name: 'web', include: ['packages/web/src/**/*.test.{ts,tsx}', 'packages/web/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/web/test/browser/**/*.browser.test.ts'],
          globalSetup: ['packages/web/test/browser/harness/browser-global-setup.ts'],
          // One Chromium at a time on a 2-core machine; the pages share one server.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: storageTests,
          env: { OBSERVATORY_TEST_ENGINE: 'pglite' },
          globalSetup: ['packages/server/test/harness/pglite-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: storageTests,
          env: { OBSERVATORY_TEST_ENGINE: 'postgresql' },
          globalSetup: ['packages/server/test/harness/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
