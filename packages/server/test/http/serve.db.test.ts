/**
 * The real server: startServer on port 0 against an empty database of the test engine. The first start
 * migrates and loads the shipped registry; a second start on the same database finds it and loads nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDisclosureRules, PASSWORD_POLICY_PRESETS } from '@observatory/core';
import { DEFAULT_DISCLOSURE_RULES, type Config } from '../../src/config.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { startServer, type RunningServer } from '../../src/main.ts';
import { version } from '../../src/version.ts';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { setupTimeoutMs, testTimeoutMs } from './api-test-kit.ts';

let database: EmptyDatabase;
let config: Config;
beforeAll(async () => {
  database = await createEmptyDatabase();
  config = {
    databaseUrl: database.databaseUrl,
    pgliteDir: database.pgliteDir,
    registryDir: shippedRegistryDir,
    port: 0,
    host: '127.0.0.1',
    progressLines: false,
    demoDir: '/nonexistent',
    webDir: '/nonexistent-web',
    mapGeoJsonPath: null,
    demoOnFirstRun: false,
    adminToken: null,
    passwordPolicy: PASSWORD_POLICY_PRESETS.asvs,
    disclosureRules: parseDisclosureRules(DEFAULT_DISCLOSURE_RULES),
    loginAttemptsPerMinute: 20,
  };
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

async function withServer(action: (server: RunningServer, log: string[]) => Promise<void>): Promise<void> {
  const log: string[] = [];
  const server = await startServer(config, (line) => log.push(line));
  try {
    await action(server, log);
  } finally {
    await server.stop();
  }
}

const getJson = async (port: number, path: string) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  return response.json() as Promise<unknown>;
};

describe(`observatory server on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('starts on a free port, loads the shipped registry into an empty database and answers over HTTP', async () => {
    await withServer(async (server, log) => {
      expect(server.port).toBeGreaterThan(0);
      expect(log.join('\n')).toMatch(
        /registry loaded: jiaxing-135n, national-advanced-manufacturing, sanda, wuda, zhejiang-415x/,
      );
      expect(log.at(-1)).toContain(`http://localhost:${server.port} (database: ${testEngine})`);
      expect(await getJson(server.port, '/api/health')).toEqual({
        status: 'ok',
        database: testEngine,
        version,
      });
      const systems = (await getJson(server.port, '/api/registry/systems')) as { id: string; clusterCount: number }[];
      expect(systems.map((system) => `${system.id}:${system.clusterCount}`)).toEqual([
        'jiaxing-135n:12',
        'national-advanced-manufacturing:2',
        'sanda:3',
        'wuda:19',
        'zhejiang-415x:8',
      ]);
      const write = await fetch(`http://127.0.0.1:${server.port}/api/enterprises`, {
        method: 'POST',
        headers: { authorization: 'Bearer anything', 'content-type': 'application/json' },
        body: '{}',
      });
      expect(write.status).toBe(403);
    });
  });

  it('does not load the registry again on a database that has one, and stops cleanly', async () => {
    let port = 0;
    await withServer(async (server, log) => {
      port = server.port;
      expect(log.join('\n')).not.toMatch(/registry loaded/);
      expect(await getJson(server.port, '/api/health')).toMatchObject({ status: 'ok' });
    });
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});
