/** Starts a throwaway PostgreSQL cluster and prepares a template database every storage test file clones. */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import { startPostgresCluster } from './postgres-cluster.ts';
import './provided-context.ts';

const templateDatabase = `observatory_template_${process.pid}`;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  await admin.end();
  const database = await openDatabase({ engine: 'postgresql', url: withDatabase(cluster.adminUrl, templateDatabase) });
  await prepareDatabase(database.db);
  await database.close();
  project.provide('postgresAdminUrl', cluster.adminUrl);
  project.provide('postgresTemplateDatabase', templateDatabase);
  return async () => {
    const cleanup = new pg.Client({ connectionString: cluster.adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${templateDatabase} with (force)`);
    await cleanup.end();
    cluster.stop();
  };
}
