/**
 * `observatory analyze ...`: the regional measures of packages/core/src/regional on any region × industry
 * matrix file (csv in UTF-8/UTF-16/GB18030, xlsx, xls: first column region names, first row industry names),
 * printed as JSON. Needs no database. The reference economy is the sum of the regions unless `--reference`
 * names a row of the file. Bad input is a validation_failed error naming the file and the cell.
 *   analyze specialization --input M.csv             per-region specialisation, per-industry concentration, LQ
 *   analyze shift-share --base A.csv --current B.csv Dunn, Esteban-Marquillas and Gerfin per region and industry
 *   analyze strong-clusters --input EMP.csv --establishments EST.csv   Cluster Mapping flags and cluster stars
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  clusterStars,
  matrixFromTable,
  rateClusters,
  RegionalDataError,
  shiftShareByRegion,
  specialisationReport,
  splitReferenceRow,
  type RegionIndustryMatrix,
  type ShiftShareAnalysis,
} from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import type { CliIo } from '../cli-io.ts';

interface FileOptions {
  reference?: string;
  sheet?: string;
  format: string;
}

const invalid = (message: string, details: AppError['details'] = []) =>
  new AppError('validation_failed', message, details);

/** Reads one matrix file: bytes → sheet (the first, or --sheet) → matrix, or a validation error. */
async function readMatrixFile(file: string, sheet: string | undefined): Promise<RegionIndustryMatrix> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw invalid(`无法读取文件 "${file}" (cannot read the file)`);
  }
  let grids;
  try {
    grids = await readWorkbook(bytes, basename(file));
  } catch (error) {
    if (error instanceof ReaderError) throw invalid(error.message);
    throw error;
  }
  const grid = sheet === undefined ? grids[0] : grids.find((candidate) => candidate.name === sheet);
  if (grid === undefined) throw invalid(`文件 "${file}" 中没有工作表 "${sheet ?? ''}" (no such sheet in the file)`);
  const result = matrixFromTable(grid.rows);
  if ('problems' in result)
    throw invalid(
      `文件 "${file}" 不是有效的地区×行业矩阵 (the file is not a valid region × industry matrix)`,
      result.problems.map((problem) => ({ path: problem.cell ?? file, message: problem.message })),
    );
  return result.matrix;
}

/** Runs a computation of core, turning its RegionalDataError into a validation error. */
function computed<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RegionalDataError) throw invalid(error.message);
    throw error;
  }
}

function checkFormat(format: string): void {
  if (format !== 'json') throw invalid(`--format 目前只支持 json，实际为 "${format}" (only json is supported)`);
}

/** The shift-share analysis with industry names next to each per-industry entry. */
function presentShiftShare(analysis: ShiftShareAnalysis) {
  const named = <T>(entries: T[]) => entries.map((entry, i) => ({ industry: analysis.industries[i]!, ...entry }));
  return {
    ...analysis,
    regions: analysis.regions.map(({ region, dunn, estebanMarquillas, gerfin }) => ({
      region,
      dunn: { ...dunn, industries: named(dunn.industries) },
      estebanMarquillas: {
        ...estebanMarquillas,
        industries: named(estebanMarquillas.industries),
        undefinedIndustries: estebanMarquillas.undefinedIndustries.map((i) => analysis.industries[i]!),
      },
      gerfin: { ...gerfin, industries: named(gerfin.industries) },
    })),
  };
}

export function registerAnalyzeCommands(program: Command, io: CliIo): void {
  const analyze = program
    .command('analyze')
    .description('区域产业分析：区位商、专业化、集中度、偏离-份额 (regional measures on a region × industry matrix)');
  const fileOptions = (command: Command) =>
    command
      .option('--reference <region>', '作为参照经济的行（默认各地区之和）(row used as the reference economy)')
      .option('--sheet <name>', '工作表名（默认第一个）(sheet to read; the first by default)')
      .option('--format <format>', '输出格式 json (output format)', 'json');

  fileOptions(
    analyze
      .command('specialization')
      .alias('specialisation')
      .description('地区专业化、行业集中度与区位商矩阵 (specialisation of regions, concentration of industries, LQ)')
      .requiredOption('--input <file>', '地区×行业矩阵文件 (region × industry matrix file)')
      .option('--top <n>', '行业集中度 CR-n 的 n (n of the concentration ratio CR-n)', '3'),
  ).action(async (options: FileOptions & { input: string; top: string }) => {
    checkFormat(options.format);
    const n = Number(options.top);
    if (!Number.isSafeInteger(n) || n < 1)
      throw invalid(`--top 应为正整数，实际为 "${options.top}" (--top must be ≥ 1)`);
    const matrix = await readMatrixFile(options.input, options.sheet);
    const report = computed(() =>
      specialisationReport(splitReferenceRow(matrix, options.reference), {
        referenceRegion: options.reference ?? null,
        concentrationRatioN: n,
      }),
    );
    io.out(JSON.stringify(report, null, 2));
  });

  fileOptions(
    analyze
      .command('shift-share')
      .description('偏离-份额分析 Dunn / Esteban-Marquillas / Gerfin (shift-share decomposition of growth)')
      .requiredOption('--base <file>', '基期矩阵 (base-period matrix)')
      .requiredOption(
        '--current <file>',
        '报告期矩阵，地区和行业与基期相同 (current-period matrix, same regions and industries)',
      ),
  ).action(async (options: FileOptions & { base: string; current: string }) => {
    checkFormat(options.format);
    const [base, current] = [
      await readMatrixFile(options.base, options.sheet),
      await readMatrixFile(options.current, options.sheet),
    ];
    const analysis = computed(() => shiftShareByRegion(base, current, options.reference));
    io.out(JSON.stringify(presentShiftShare(analysis), null, 2));
  });

  fileOptions(
    analyze
      .command('strong-clusters')
      .description(
        '强集群评定（美国集群地图规则）与集群星级 (US Cluster Mapping strong-cluster flags and cluster stars)',
      )
      .requiredOption('--input <file>', '地区×贸易型集群 就业矩阵 (region × traded-cluster employment)')
      .requiredOption('--establishments <file>', '同形状的企业数矩阵 (establishments, same shape)'),
  ).action(async (options: FileOptions & { input: string; establishments: string }) => {
    checkFormat(options.format);
    const employment = await readMatrixFile(options.input, options.sheet);
    const establishments = await readMatrixFile(options.establishments, options.sheet);
    const output = computed(() => {
      const economy = splitReferenceRow(employment, options.reference);
      const counts = splitReferenceRow(establishments, options.reference).matrix;
      const ratings = rateClusters(economy, counts);
      const stars = clusterStars(economy);
      return {
        referenceRegion: options.reference ?? null,
        regions: ratings.regions.map((region, r) => ({
          region,
          strongClusterEmploymentShare: ratings.strongClusterEmploymentShare[r]!,
          clusters: ratings.clusters.map((cluster, c) => ({
            cluster,
            ...ratings.ratings[r]![c]!,
            stars: stars[r]![c]!,
          })),
        })),
      };
    });
    io.out(JSON.stringify(output, null, 2));
  });
}
