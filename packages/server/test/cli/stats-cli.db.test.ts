/**
 * `observatory stats`, `official-rate set` and `report bulletin` as a person runs them: the real command
 * against an empty database of the test engine, filled through `registry load` and `import` with the
 * hand-checked scenario's reports. Spawns are slow, so each test groups several commands; they run in order.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';
import { report } from '../statistics/statistics-scenario.ts';

const setupTimeoutMs = 120_000;
const testTimeoutMs = 300_000;

let database: EmptyDatabase;
let dir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  dir = mkdtempSync(join(tmpdir(), 'observatory-stats-cli-'));
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database.destroy();
}, setupTimeoutMs);

const observatory = (...args: string[]) => {
  const env = { ...database.env };
  delete env.OBSERVATORY_PROGRESS;
  return runObservatory(env, args, 180_000);
};
const succeeded = (result: CliResult) => {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};
const wan = 10_000;

describe(`observatory stats and report on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('stats prints the clusters of a period as JSON, after registry load and imports', async () => {
    succeeded(await observatory('registry', 'load'));
    const files: [string, Uint8Array][] = [
      ['2023-03.csv', report(2023, 3, { A: [100, 90], B: [200, 180], C: [50, 40], E: [80, 75], F: [300, 250] })],
      ['2024-03.csv', report(2024, 3, { A: [110, 100], B: [240, 200], D: [30, null], E: [88, null], F: [270, 300] })],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      succeeded(await observatory('import', join(dir, name), '--create-enterprises', '--format', 'json'));
    }
    const rows = JSON.parse(
      succeeded(
        await observatory(
          'stats',
          '--system',
          'sanda',
          '--period',
          '2024-03',
          '--audience',
          'full',
          '--format',
          'json',
        ),
      ),
    ) as Record<string, unknown>[];
    expect(Object.keys(rows[0]!)).toEqual(['cluster', 'value', 'base', 'yoy', 'share', 'pull', 'rank', 'suppressed']);
    const textiles = rows.find((row) => row.cluster === 'sanda-textile-apparel')!;
    expect(textiles).toMatchObject({ value: 468 * wan, base: 380 * wan, rank: 1, suppressed: false });
    expect(textiles.yoy as number).toBeCloseTo(438 / 380 - 1, 12);

    const publicRows = JSON.parse(
      succeeded(await observatory('stats', '--system', 'sanda', '--period', '2024-03', '--format', 'json')),
    ) as Record<string, unknown>[];
    expect(publicRows.find((row) => row.cluster === 'sanda-fine-chemicals')).toMatchObject({
      value: null,
      suppressed: true,
    });
    const text = succeeded(
      await observatory('stats', '--system', 'sanda', '--period', '2024-03', '--audience', 'full'),
    );
    expect(text).toContain('现代纺织服装产业集群: 468.0万元  +15.3%');
  });

  it('official-rate set records a rate; report bulletin writes xlsx and PDF files', async () => {
    succeeded(
      await observatory(
        'official-rate',
        'set',
        '--measure',
        'value_added',
        '--period',
        '2024-03',
        '--rate',
        '7.1',
        '--source',
        '市统计局',
      ),
    );
    const xlsx = join(dir, 'bulletin.xlsx');
    expect(succeeded(await observatory('report', 'bulletin', '--period', '2024-03', '--out', xlsx))).toContain(
      'bulletin.xlsx',
    );
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const pdf = join(dir, 'bulletin.pdf');
    succeeded(await observatory('report', 'bulletin', '--period', '2024-03', '--system', 'sanda', '--out', pdf));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses bad arguments with a message that says what is wrong', async () => {
    const badFormat = await observatory('report', 'bulletin', '--period', '2024-03', '--out', join(dir, 'x.docx'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toMatch(/xlsx、pdf 或 json/);
    const badAudience = await observatory('stats', '--system', 'sanda', '--period', '2024-03', '--audience', 'all');
    expect(badAudience.stderr).toMatch(/public、unit:<单位代码> 或 full/);
  });
});
