/**
 * `observatory index sensitivity --meta META --data DATA --definition DEF --uncertainty UA.yaml --out RESULTS.csv
 * [--replicates N] [--seed S] [--type ua|sa|oat] [--format text|json]`: the uncertainty and sensitivity analysis
 * of a composite index (docs/index-definition.md, "Sensitivity / 敏感性分析"). Writes one CSV row per unit
 * (nominal score and rank, mean, median, 5 % and 95 % rank, interval width, mean rank shift; with sa the unit's
 * Si and STi per choice) and prints the rank intervals and the table of which choices matter most. Needs no
 * database.
 */
import { writeFileSync } from 'node:fs';
import {
  CompositeError,
  createFramework,
  parseUncertaintySpecification,
  readDataTable,
  readMetaTable,
  runSensitivity,
  sensitivityTypes,
  type SensitivityOverrides,
  type SensitivityResult,
  type SensitivityType,
} from '@observatory/core';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app-error.ts';
import { parseFormat, type CliIo, type OutputFormat } from '../cli-io.ts';
import { csvText, readBytes, readDefinition, readFirstSheet, rejectProblems } from './index.command.ts';

interface SensitivityOptions {
  meta: string;
  data: string;
  definition: string;
  uncertainty: string;
  out: string;
  replicates?: string;
  seed?: string;
  type?: string;
  format: string;
}

function readUncertainty(path: string) {
  let value: unknown;
  try {
    value = parseYaml(Buffer.from(readBytes(path)).toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'validation_failed',
      `不确定性设定 ${path} 不是有效的 YAML/JSON (${path} is not valid YAML or JSON): ${reason}`,
    );
  }
  return parseUncertaintySpecification(value);
}

function overrides(options: SensitivityOptions): SensitivityOverrides {
  const result: SensitivityOverrides = {};
  if (options.replicates !== undefined) {
    const replicates = Number(options.replicates);
    if (!Number.isInteger(replicates) || replicates < 1 || replicates > 1_000_000)
      throw new AppError(
        'validation_failed',
        `--replicates 应为 1 到 1000000 的整数，实际为 "${options.replicates}" (--replicates must be an integer from 1 to 1000000)`,
      );
    result.replicates = replicates;
  }
  if (options.seed !== undefined) result.seed = /^-?\d+$/.test(options.seed) ? Number(options.seed) : options.seed;
  if (options.type !== undefined) {
    if (!(sensitivityTypes as readonly string[]).includes(options.type))
      throw new AppError(
        'validation_failed',
        `--type 应为 ua、sa 或 oat，实际为 "${options.type}" (--type must be ua, sa or oat)`,
      );
    result.type = options.type as SensitivityType;
  }
  return result;
}

function unitsTable(result: SensitivityResult) {
  const perChoice = result.type === 'sa' ? result.choices.flatMap((c) => [`Si ${c.name}`, `STi ${c.name}`]) : [];
  const header = [
    'uCode',
    'NominalScore',
    'NominalRank',
    'MeanRank',
    'MedianRank',
    'Q5',
    'Q95',
    'IntervalWidth',
    'MeanAbsRankShift',
    'Runs',
    ...perChoice,
  ];
  const rows = result.units.map((unit) => [
    unit.uCode,
    unit.nominalScore,
    unit.nominalRank,
    unit.meanRank,
    unit.medianRank,
    unit.rankQ05,
    unit.rankQ95,
    unit.rankIntervalWidth,
    unit.meanAbsoluteRankShift,
    unit.runs,
    ...(result.type === 'sa'
      ? result.choices.flatMap((_, i) => [unit.firstOrder?.[i] ?? null, unit.total?.[i] ?? null])
      : []),
  ]);
  return { header, rows };
}

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

function printText(result: SensitivityResult, out: string, io: CliIo): void {
  io.out(
    `${result.name}: ${result.type}，N = ${result.replicates}，${result.runs} 次运行 runs（失败 failed ${result.failedRuns}），种子 seed ${result.seed}，目标 target ${result.target.stage}/${result.target.iCode}`,
  );
  io.out('单位 unit | 名义位次 nominal | 中位 median | 5%–95% | 宽度 width | 平均变动 mean shift');
  for (const unit of result.units)
    io.out(
      `${unit.uCode} | ${fixed(unit.nominalRank, 0)} | ${fixed(unit.medianRank, 1)} | ${fixed(unit.rankQ05, 1)}–${fixed(unit.rankQ95, 1)} | ${fixed(unit.rankIntervalWidth, 1)} | ${fixed(unit.meanAbsoluteRankShift)}`,
    );
  io.out(`平均绝对位次变动 mean absolute rank shift: ${fixed(result.meanAbsoluteRankShift, 3)}`);
  io.out('不确定选择 choice | 选项 options | Si | STi | 单独变动 OAT mean / max shift');
  for (const choice of result.choices)
    io.out(
      `${choice.name} | ${choice.options ?? '连续 continuous'} | ${fixed(choice.firstOrder, 3)} | ${fixed(choice.total, 3)} | ${fixed(choice.oneAtATime?.meanShift ?? null)} / ${fixed(choice.oneAtATime?.maxShift ?? null)}`,
    );
  for (const failure of result.failures) io.out(`  [失败 failed ×${failure.runs}] ${failure.message}`);
  io.out(`已写出 written ${out}: ${result.units.length} 行 rows`);
}

async function sensitivity(options: SensitivityOptions, format: OutputFormat, io: CliIo): Promise<void> {
  const settings = overrides(options);
  const metaReading = readMetaTable(await readFirstSheet(options.meta));
  rejectProblems(options.meta, '指标元数据 META ', metaReading.problems);
  const framework = createFramework(metaReading.rows);
  const dataReading = readDataTable(await readFirstSheet(options.data), framework);
  rejectProblems(options.data, '指标数据 DATA ', dataReading.problems);
  const definition = readDefinition(options.definition);
  const specification = readUncertainty(options.uncertainty);
  const input = { framework, units: dataReading.units, data: dataReading.data };
  const result = runSensitivity(input, definition, specification, settings);
  const table = unitsTable(result);
  writeFileSync(options.out, csvText(table));
  if (format === 'text') return printText(result, options.out, io);
  const { replicateRanks: _ranks, ...summary } = result;
  io.out(JSON.stringify({ ...summary, out: options.out }, null, 2));
}

export function addIndexSensitivityCommand(program: Command, io: CliIo): void {
  const index = program.commands.find((command) => command.name() === 'index') ?? program.command('index');
  index
    .command('sensitivity')
    .description(
      '综合指数的不确定性与敏感性分析：位次区间与各选择的影响 (uncertainty and sensitivity analysis: rank intervals and which choices matter)',
    )
    .requiredOption('--meta <file>', '指标元数据，COINr iMeta 格式 (indicator metadata in COINr iMeta layout)')
    .requiredOption('--data <file>', '指标数据，COINr iData 格式 (indicator data in COINr iData layout)')
    .requiredOption('--definition <file>', '计算定义 YAML/JSON (the index definition)')
    .requiredOption('--uncertainty <file>', '不确定性设定 YAML/JSON (the uncertainty specification)')
    .requiredOption('--out <file>', '各单位位次统计 CSV (per-unit rank statistics CSV to write)')
    .option('--replicates <n>', '重复次数，覆盖设定 (replicates; overrides the specification)')
    .option('--seed <seed>', '随机种子，覆盖设定 (seed; overrides the specification)')
    .option('--type <type>', 'ua、sa 或 oat，覆盖设定 (analysis type; overrides the specification)')
    .option('--format <format>', '摘要格式 json 或 text (summary format)', 'text')
    .action(async (options: SensitivityOptions) => {
      const format = parseFormat(options.format);
      try {
        await sensitivity(options, format, io);
      } catch (error) {
        if (error instanceof CompositeError)
          throw new AppError(
            'validation_failed',
            error.message,
            error.problems.map((message) => ({ message })),
          );
        throw error;
      }
    });
}
