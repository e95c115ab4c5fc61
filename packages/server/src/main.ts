/**
 * Wiring: the one place that turns a Config into a running database, and starts the HTTP server.
 * The CLI and the tests go through here; nothing else opens databases or listens on ports.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createApp } from './http/app.ts';
import { prepareDatabase, type PrepareResult } from './services/prepare-database.ts';
import { loadEvaluationSchemes } from './services/evaluation/load-evaluation-schemes.ts';
import { loadWarningRules } from './services/warnings/load-warning-rules.ts';
import { loadChainDefinitions } from './services/chains/load-chain-definitions.ts';
import { warmProtectedTables } from './services/disclosure/warm-protected-tables.ts';
import { loadRegistryFiles } from './services/registry/load-registry-files.ts';
import { loadDemoOnFirstRun } from './services/demo/load-demo-on-first-run.ts';
import { listRegistrySystems } from './services/registry/get-registry.ts';
import { version } from './version.ts';

export interface Runtime {
  database: Database;
  prepared: PrepareResult;
  close(): Promise<void>;
}

/** Opens the configured database and brings schema and reference data up to date. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgresql', url: config.databaseUrl, scopedUrl: config.scopedDatabaseUrl ?? null }
      : { engine: 'pglite', dataDir: config.pgliteDir },
  );
  try {
    const prepared = await prepareDatabase(database.db);
    return { database, prepared, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface RunningServer {
  runtime: Runtime;
  port: number;
  /** The first-run demo load, if any (resolves when it is done or failed). */
  demo: Promise<unknown>;
  /** The cockpit's tables prepared after start (resolves with their number, or when preparing failed). */
  warmed: Promise<unknown>;
  stop(): Promise<void>;
}

/** Starts the API; on a database without any registry, loads the shipped registry first. */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const runtime = await openRuntime(config);
  if ((await listRegistrySystems(runtime.database.db)).length === 0) {
    const loaded = await loadRegistryFiles(runtime.database.db, config.registryDir);
    log(`已载入集群名录 ${loaded.length} 个体系 (registry loaded: ${loaded.map((row) => row.system).join(', ')})`);
  }
  // The shipped evaluation schemes (unchanged ones are skipped by digest); a conflict is reported, not fatal.
  await loadEvaluationSchemes(runtime.database.db, { loadedBy: 'system:start' }).catch((error: unknown) =>
    log(`评价方案未载入 (evaluation schemes not loaded): ${error instanceof Error ? error.message : String(error)}`),
  );
  // The shipped warning rules (an unchanged set is kept by its digest); a bad rule file is reported, not fatal.
  await loadWarningRules(runtime.database.db, { loadedBy: 'system:start' }).catch((error: unknown) =>
    log(`预警规则未载入 (warning rules not loaded): ${error instanceof Error ? error.message : String(error)}`),
  );
  // The shipped chain files (an unchanged chain is kept by its digest); a bad chain file is reported, not fatal.
  await loadChainDefinitions(runtime.database.db, { loadedBy: 'system:start' }).catch((error: unknown) =>
    log(`产业链未载入 (chains not loaded): ${error instanceof Error ? error.message : String(error)}`),
  );
  const app = createApp(
    {
      database: runtime.database,
      version,
      adminToken: config.adminToken,
      disclosureRules: config.disclosureRules,
      passwordPolicy: config.passwordPolicy,
      loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    },
    { web: { webDir: config.webDir, mapGeoJsonPath: config.mapGeoJsonPath } },
  );
  const server: ServerType = await new Promise((resolveServer) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolveServer(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`产业集群监测评价平台已启动 http://localhost:${port} (database: ${runtime.database.engine})`);
  const stopping = new AbortController();
  const demo = config.demoOnFirstRun
    ? loadDemoOnFirstRun(runtime.database, config.demoDir, log, stopping.signal, config.passwordPolicy).catch(
        (error: unknown) =>
          log(`演示数据载入失败 (demo load failed): ${error instanceof Error ? error.message : String(error)}`),
      )
    : Promise.resolve();
  // The cockpit's first tables, prepared in the background once the data are there (never fatal).
  const warmed = demo
    .then(() => (stopping.signal.aborted ? 0 : warmProtectedTables(runtime.database.db, config.disclosureRules)))
    .catch((error: unknown) =>
      log(
        `驾驶舱预计算未完成 (cockpit tables not prepared): ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  return {
    runtime,
    port,
    demo,
    warmed,
    async stop() {
      stopping.abort();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await demo;
      await warmed;
      await runtime.close();
    },
  };
}
