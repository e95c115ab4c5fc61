/**
 * `observatory --help` loads no heavy library: the real command is spawned with a module hook
 * (test/harness/record-bare-imports.mjs) that records every package it resolves, and exceljs, ECharts and
 * playwright-core (together ~1.7 s of imports) are not among them, nor the HTTP server and the database
 * drivers. Each is imported when a command first needs it (src/lazy-libraries/, `withRuntime`, `serve`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observatoryBin, repoRoot } from '../intake/cli-runner.ts';

const hooks = fileURLToPath(new URL('../harness/record-bare-imports.mjs', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'observatory-help-imports-'));
const recordFile = join(directory, 'specifiers.txt');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface HelpRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every bare specifier the process resolved, in order (repeats included). */
  specifiers: string[];
}

function runHelpRecordingImports(): Promise<HelpRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', hooks, observatoryBin, '--help'],
      { cwd: repoRoot, env: { ...process.env, OBSERVATORY_RECORD_IMPORTS: recordFile }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`observatory --help did not finish: ${error.message}\n${stderr}`));
          return;
        }
        const recorded = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
        const specifiers = recorded.split('\n').filter(Boolean);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr, specifiers });
      },
    );
  });
}

/** The specifiers naming `library` or a path inside it (`echarts/core`). */
const importsOf = (specifiers: string[], library: string) =>
  specifiers.filter((specifier) => specifier === library || specifier.startsWith(`${library}/`));

describe('observatory --help', () => {
  let run: HelpRun;
  beforeAll(async () => {
    run = await runHelpRecordingImports();
  });

  it('prints the help, and the hook saw the packages the command line does load', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: observatory');
    expect(run.specifiers).toContain('commander');
    expect(run.specifiers).toContain('@observatory/core');
  });

  it.each(['exceljs', 'echarts', 'zrender', 'playwright-core'])('does not load %s', (library) => {
    expect(importsOf(run.specifiers, library)).toEqual([]);
  });

  it.each(['hono', '@hono/node-server', 'pg', '@electric-sql/pglite'])(
    'does not load %s (the server and the database are opened by the commands that use them)',
    (library) => {
      expect(importsOf(run.specifiers, library)).toEqual([]);
    },
  );
});
