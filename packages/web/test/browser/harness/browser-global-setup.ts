/**
 * Global setup of the browser tests: builds the web app, generates a small demo data set and loads it through the
 * normal import path into a throwaway PGlite database, creates one account per role with a known password,
 * publishes an evaluation run (two different people), and starts the real server on a free port. Every browser
 * test file drives Debian's Chromium against that server.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSWORD_POLICY_PRESETS, type Role } from '@observatory/core';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../../../server/src/config.ts';
import { generateDemoDataset } from '../../../../server/src/demo/index.ts';
import { openRuntime, startServer } from '../../../../server/src/main.ts';
import { createAccount } from '../../../../server/src/services/access/create-account.ts';
import { loadDemoDataset } from '../../../../server/src/services/demo/load-demo-dataset.ts';
import { loadEvaluationSchemes } from '../../../../server/src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../../../server/src/services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../../../server/src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../../../server/src/services/evaluation/submit-evaluation-run.ts';
import type { BrowserAccount, BrowserFixture } from './browser-fixture.ts';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..', '..');
const password = 'Observatory#2026';
/** About 220 above-scale firms: every page has data, the setup stays within a couple of minutes. */
const demoScale = Number(process.env.BROWSER_DEMO_SCALE ?? 0.03);
export const evaluationScheme = 'huangyan-2022';

/**
 * A fresh production build of the current sources into the test's own folder (parallel runs never share a build).
 * NODE_ENV is set: under Vitest it is "test", which would give React's development build, not what is served.
 */
function buildWebApp(outDir: string): void {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    cwd: join(repoRoot, 'packages', 'web'),
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('the web app did not build (vite build failed)');
}

export interface BrowserServerOptions {
  /** Demo data scale (default BROWSER_DEMO_SCALE or 0.03). */
  scale?: number;
  /** Where the screenshots go (default packages/web/screenshots). */
  screenshotDir?: string;
  /** Log the steps with their durations (the benchmark does). */
  log?: (message: string) => void;
}

export interface PreparedBrowserServer {
  fixture: BrowserFixture;
  /** The server's warm-up of the cockpit tables (main.ts startServer). */
  warmed: Promise<unknown>;
  /** Stops the server and removes the temporary folder (build, demo files, database). */
  stop: () => Promise<void>;
}

/**
 * Builds the web app, loads a demo of the given scale into a fresh PGlite database, creates the accounts and a
 * published evaluation run, and starts the real server on a free port: what the browser tests and the cockpit
 * benchmark (packages/web/bench) run against.
 */
export async function prepareBrowserServer(options: BrowserServerOptions = {}): Promise<PreparedBrowserServer> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'observatory-browser-'));
  let stepStart = Date.now();
  const step = (message: string) => {
    log(`${message} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
    stepStart = Date.now();
  };
  buildWebApp(join(dir, 'web'));
  step('web app built');
  const demoDir = join(dir, 'demo');
  await generateDemoDataset({ outDir: demoDir, scale: options.scale ?? demoScale });
  step('demo generated');
  const config = {
    ...loadConfig({}),
    pgliteDir: join(dir, 'pglite'),
    port: 0,
    host: '127.0.0.1',
    demoOnFirstRun: false,
    webDir: join(dir, 'web'),
    // every browser test file signs in through one address, several times a minute
    loginAttemptsPerMinute: 10_000,
  };
  const runtime = await openRuntime(config);
  let fixture: Omit<BrowserFixture, 'baseUrl'>;
  try {
    const db = runtime.database.db;
    await loadDemoDataset(runtime.database, demoDir);
    step('demo loaded');
    const firms = await db
      .selectFrom('enterprise_year')
      .innerJoin('enterprise', 'enterprise.id', 'enterprise_year.enterprise_id')
      .select(['enterprise.uscc', 'enterprise.reporting_unit_id'])
      .where('enterprise_year.above_scale', '=', true)
      .distinct()
      .orderBy('enterprise.uscc')
      .execute();
    const units = [...new Set(firms.map((firm) => firm.reporting_unit_id))].sort();
    const unitA = units.includes('330402') ? '330402' : units[0]!;
    const unitB = units.find((unit) => unit !== unitA)!;
    const enterpriseA = firms.find((firm) => firm.reporting_unit_id === unitA)!.uscc;
    const enterpriseB = firms.find((firm) => firm.reporting_unit_id === unitB)!.uscc;

    const accounts = {} as BrowserFixture['accounts'];
    const create = async (
      key: keyof BrowserFixture['accounts'],
      role: Role,
      scope: { unit?: string; uscc?: string } = {},
    ) => {
      const login = `browser.${key.toLowerCase()}`;
      const created = await createAccount(
        db,
        {
          login,
          displayName:
            { analyst: '王分析', reviewer: '李审核', countyA: '南湖区经信局', countyB: '外县经信局' }[key as string] ??
            login,
          role,
          password,
          reportingUnitId: scope.unit ?? null,
          uscc: scope.uscc ?? null,
          cluster: null,
        },
        { policy: PASSWORD_POLICY_PRESETS.djcp2, createdBy: 'browser-test' },
      );
      accounts[key] = { login, password, totpSecret: created.totpSecret ?? null } satisfies BrowserAccount;
    };
    await create('analyst', 'city_analyst');
    await create('reviewer', 'city_analyst');
    await create('importer', 'city_admin');
    await create('countyA', 'county_staff', { unit: unitA });
    await create('countyB', 'county_staff', { unit: unitB });
    await create('enterprise', 'enterprise_user', { uscc: enterpriseA });
    await create('leader', 'leader');
    await create('sysadmin', 'system_admin');
    await create('auditor', 'auditor');

    await loadEvaluationSchemes(db, { loadedBy: 'browser-test' });
    const started = await startEvaluationRun(db, { schemeId: evaluationScheme, createdBy: accounts.analyst.login });
    await submitEvaluationRun(db, { runId: started.runId, submittedBy: accounts.analyst.login });
    await publishEvaluationRun(db, { runId: started.runId, approvedBy: accounts.reviewer.login });

    const latest = await db
      .selectFrom('aggregate_state')
      .select(['period_year', 'period_month'])
      .where('period_month', '>', 0)
      .orderBy('period_year', 'desc')
      .orderBy('period_month', 'desc')
      .executeTakeFirst();
    fixture = {
      accounts,
      unitA,
      unitB,
      enterpriseA,
      enterpriseB,
      publishedRunId: started.runId,
      latestPeriod: latest ? `${latest.period_year}-${String(latest.period_month).padStart(2, '0')}` : '',
      screenshotDir: options.screenshotDir ?? join(repoRoot, 'packages', 'web', 'screenshots'),
    };
  } finally {
    await runtime.close();
  }
  mkdirSync(fixture.screenshotDir, { recursive: true });
  const server = await startServer(config, () => {});
  step('server started');
  return {
    fixture: { ...fixture, baseUrl: `http://127.0.0.1:${server.port}` },
    warmed: server.warmed,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const prepared = await prepareBrowserServer();
  project.provide('browserFixture', prepared.fixture);
  return prepared.stop;
}
