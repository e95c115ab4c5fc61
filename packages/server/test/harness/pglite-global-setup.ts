/** Prepares one PGlite database (schema + reference data) that every storage test file copies. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import './provided-context.ts';

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'observatory-pglite-template-'));
  const dataDir = join(root, 'db');
  const database = await openDatabase({ engine: 'pglite', dataDir });
  await prepareDatabase(database.db);
  await database.close();
  project.provide('pgliteTemplateDir', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}
