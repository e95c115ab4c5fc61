/**
 * Smoke tests of the real `observatory` command: spawned with node from the repository root against an
 * empty database of the test engine (PGlite directory or PostgreSQL database), which the CLI migrates
 * itself. Spawns are slow (2–5 s each), so each test groups several assertions; tests that use the
 * database run in order (the first one migrates).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/db/migrations/index.ts';
import type { ClusterSystemDetailView } from '../../src/services/registry/registry-views.ts';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const serverPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const spawnTimeoutMs = 120_000;
const setupTimeoutMs = 120_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

/** Runs `node packages/server/bin/observatory.js ...args`; resolves with the exit code whatever it is. */
function observatory(...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['packages/server/bin/observatory.js', ...args],
      { cwd: repoRoot, env: database.env, timeout: spawnTimeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`observatory ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Exit code 0 and nothing on stderr; returns stdout. */
function succeeded(result: CliResult): string {
  expect(result.stderr, result.stdout).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe(`observatory CLI on ${testEngine}`, { timeout: 4 * spawnTimeoutMs }, () => {
  it('prints its version and lists its commands', async () => {
    const [version, help, registryHelp] = await Promise.all([
      observatory('--version'),
      observatory('--help'),
      observatory('registry', '--help'),
    ]);
    expect(succeeded(version).trim()).toBe(serverPackage.version);
    const commands = succeeded(help);
    expect(commands).toContain('产业集群监测评价平台 Cluster Observatory');
    for (const command of ['serve', 'db', 'reference', 'registry', 'industry', 'check-uscc']) {
      expect(commands).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    const registryCommands = succeeded(registryHelp);
    expect(registryCommands).toContain('集群名录 (cluster registry)');
    expect(registryCommands).toMatch(/^\s+load\b/m);
    expect(registryCommands).toMatch(/^\s+list\b/m);
  });

  it('refuses an unknown output format without touching the database', async () => {
    const result = await observatory('registry', 'list', '--format', 'xml');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--format.*json.*text.*"xml"/);
  });

  it('db migrate applies the migrations on an empty database, then finds the schema up to date', async () => {
    const first = succeeded(await observatory('db', 'migrate'));
    expect(first).toContain(`数据库 (database): ${testEngine}`);
    expect(first).toContain(`已应用迁移 (applied): ${Object.keys(migrations).join(', ')}\n`);
    expect(first).toMatch(/GB\/T 4754-2017: 已载入 \(loaded\), 1971 行/);
    const second = succeeded(await observatory('db', 'migrate'));
    expect(second).toContain('迁移已是最新 (schema up to date)');
    expect(second).not.toContain('已应用迁移');
    expect(second).toMatch(/GB\/T 4754-2017: 已是最新 \(current\)/);
  });

  it('registry load loads the shipped files; registry list --format json shows 五大 and 415X', async () => {
    const loaded = succeeded(await observatory('registry', 'load'));
    expect(loaded).toContain('wuda.yaml: 体系 wuda，集群 19，目标 39');
    expect(loaded).toContain('zhejiang-415x.yaml: 体系 zhejiang-415x，集群 8');
    expect(loaded.trim().split('\n')).toHaveLength(5);

    const systems = JSON.parse(
      succeeded(await observatory('registry', 'list', '--format', 'json')),
    ) as ClusterSystemDetailView[];
    expect(systems.map((system) => system.id)).toEqual([
      'jiaxing-135n',
      'national-advanced-manufacturing',
      'sanda',
      'wuda',
      'zhejiang-415x',
    ]);
    const wuda = systems.find((system) => system.id === 'wuda')!;
    const outputTargets = wuda.clusters
      .filter((cluster) => cluster.parentId === null)
      .map((cluster) => {
        const target = cluster.targets.find((candidate) => candidate.measure === 'industrial_output')!;
        return `${cluster.name.zh} ${target.value}${target.unit} ${target.deadline}`;
      });
    expect(outputTargets).toEqual([
      '现代纺织产业集群 3000亿元 2025-12-31',
      '新能源产业集群 1000亿元 2025-12-31',
      '化工新材料产业集群 3000亿元 2025-12-31',
      expect.stringMatching(/^汽车.* 1000亿元 2025-12-31$/),
      expect.stringMatching(/^智能家居.* 1000亿元 2025-12-31$/),
    ]);
    const zhejiang = systems.find((system) => system.id === 'zhejiang-415x')!;
    const zones = zhejiang.clusters.flatMap((cluster) =>
      cluster.designations
        .filter((designation) => designation.level === 'provincial_characteristic')
        .flatMap((designation) =>
          designation.zones.map((zone) => `${zone.region} ${zone.regionName.zh} ${zone.role} ${designation.batch}`),
        ),
    );
    expect(zones).toEqual([
      '330481 海宁市 core 1',
      '330411 秀洲区 core 1',
      '330483 桐乡市 core 1',
      '330421 嘉善县 core 2',
      '330402 南湖区 collaborative 2',
      '330482 平湖市 core 2',
    ]);
  });

  it('registry list prints one system as text with batches, zones and targets', async () => {
    const text = succeeded(await observatory('registry', 'list', '--system', 'zhejiang-415x'));
    expect(text).toContain('■ 浙江省“415X”先进制造业集群');
    expect(text).toMatch(/省级特色产业集群 第2批 .*嘉善县·核心区.*南湖区·协同区/);
    expect(text).toMatch(/省级“新星”产业群 第2批 2023年/);
    const missing = await observatory('registry', 'list', '--system', 'no-such-system');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-system');
  });

  it('industry show prints a code with its parents, as text or JSON, and refuses what is not a code', async () => {
    const text = succeeded(await observatory('industry', 'show', '1711'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      '1711 棉纺纱加工（小类 class）GB/T 4754-2017',
      '  上级 门类 C 制造业',
      '  上级 大类 17 纺织业',
      '  上级 中类 171 棉纺织及印染精加工',
    ]);
    expect(text).toContain('工业 (industrial): 是 yes');

    const json = JSON.parse(succeeded(await observatory('industry', 'show', '1711', '--format', 'json'))) as {
      code: string;
      name: string;
      parents: { code: string }[];
    };
    expect(json).toMatchObject({ code: '1711', name: '棉纺纱加工', edition: 'GB/T 4754-2017', level: 'class' });
    expect(json.parents.map((parent) => parent.code)).toEqual(['C', '17', '171']);

    const wrong = await observatory('industry', 'show', '99999');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/不是行业代码/);
    expect(wrong.stderr).toMatch(/not an industry code/);
    expect(wrong.stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('check-uscc prints one JSON line per code and exits 0 when all are valid', async () => {
    const result = await observatory('check-uscc', '91350100M000100Y43', '91350100M000100Y4Z', '91110000600037341L');
    const [valid, warning, beijing] = jsonLines(succeeded(result));
    expect(valid).toMatchObject({ code: '91350100M000100Y43', valid: true, warning: null, area: '350100' });
    expect(warning).toMatchObject({ code: '91350100M000100Y4Z', valid: true });
    expect(warning!.warning).toMatch(/check character should be '3', found 'Z'/);
    expect(beijing).toMatchObject({ code: '91110000600037341L', valid: true, warning: null, area: '110000' });
    expect(jsonLines(result.stdout)).toHaveLength(3);
  });

  it('check-uscc explains odd inputs one by one and exits 1 when any is invalid', async () => {
    const odd: [input: string, expected: Record<string, unknown>, says: RegExp][] = [
      ['91350100m000100y43', { code: '91350100M000100Y43', valid: true }, /upper-cased/],
      [' 9135 0100M000 100Y43 ', { code: '91350100M000100Y43', valid: true }, /spaces removed/],
      ['９１３５０１００Ｍ０００１００Ｙ４３', { code: '91350100M000100Y43', valid: true }, /full-width/],
      ['91350100M000100Y4', { valid: false, registrar: null }, /expected 18 characters, got 17/],
      ...['I', 'O', 'S', 'V', 'Z'].map((letter): [string, Record<string, unknown>, RegExp] => [
        `91350100${letter}000100Y43`,
        { valid: false, area: null },
        new RegExp(`'${letter}' at position 9 is not allowed`),
      ]),
    ];
    const result = await observatory('check-uscc', ...odd.map(([input]) => input));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const answers = jsonLines(result.stdout);
    expect(answers).toHaveLength(odd.length);
    answers.forEach((answer, index) => {
      const [input, expected, says] = odd[index]!;
      expect(answer, input).toMatchObject(expected);
      const explanation = answer.valid ? JSON.stringify(answer.normalised) : String(answer.reason);
      expect(explanation, input).toMatch(says);
      if (answer.valid) expect(answer.input).toBe(input);
    });
  });
});
