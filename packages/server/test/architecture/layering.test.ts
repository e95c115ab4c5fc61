/** The layering rules of docs/ARCHITECTURE.md are enforced by ESLint; this proves each rule bites. */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layering rules', () => {
  it.each([
    [
      'core imports node:fs',
      'packages/core/src/example.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    ],
    ['core imports kysely', 'packages/core/src/example.ts', "import { sql } from 'kysely';\nexport const x = sql;"],
    [
      'core imports the server',
      'packages/core/src/example.ts',
      "import { x } from '@observatory/server';\nexport const y = x;",
    ],
    [
      'a service imports hono',
      'packages/server/src/services/example.ts',
      "import { Hono } from 'hono';\nexport const x = Hono;",
    ],
    [
      'a service imports http',
      'packages/server/src/services/example.ts',
      "import { createApp } from '../http/app.ts';\nexport const x = createApp;",
    ],
    [
      'a route imports kysely',
      'packages/server/src/http/routes/example.ts',
      "import { sql } from 'kysely';\nexport const x = sql;",
    ],
    [
      'a route imports a repository',
      'packages/server/src/http/routes/example.ts',
      "import { listRegions } from '../../repositories/region.repository.ts';\nexport const x = listRegions;",
    ],
    [
      'the CLI imports the db layer',
      'packages/server/src/cli/example.ts',
      "import { openDatabase } from '../db/database.ts';\nexport const x = openDatabase;",
    ],
    [
      'a repository imports a service',
      'packages/server/src/repositories/example.ts',
      "import { prepareDatabase } from '../services/prepare-database.ts';\nexport const x = prepareDatabase;",
    ],
  ])('refuses: %s', async (_name, filePath, source) => {
    expect(await restrictedImports(filePath, source)).toHaveLength(1);
  });

  it.each([
    [
      'a route imports a service',
      'packages/server/src/http/routes/example.ts',
      "import { listRegions } from '../../services/reference/list-regions.ts';\nexport const x = listRegions;",
    ],
    [
      'http imports a db type',
      'packages/server/src/http/example.ts',
      "import type { Database } from '../db/database.ts';\nexport type X = Database;",
    ],
    [
      'a service imports a repository',
      'packages/server/src/services/example.ts',
      "import { listRegions } from '../repositories/region.repository.ts';\nexport const x = listRegions;",
    ],
    ['core imports zod', 'packages/core/src/example.ts', "import { z } from 'zod';\nexport const x = z;"],
  ])('allows: %s', async (_name, filePath, source) => {
    expect(await restrictedImports(filePath, source)).toEqual([]);
  });

  it('lets only config.ts read process.env', async () => {
    const [result] = await eslint.lintText('export const port = process.env.PORT;\n', {
      filePath: `${root}packages/server/src/services/example.ts`,
    });
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-properties');
  });
});
