/**
 * The monthly cluster bulletin (产业集群专刊) of a period as data (core's BulletinDocument): the city's 规上
 * totals, each system's clusters with 1–N月 value, comparable growth, share and 拉动, the unit × cluster
 * matrices, the units' ranking, target progress, the month's warnings and the registers' 重点工作推进
 * (bulletin-registers.ts); every cluster figure passed through disclosure control for the audience (a withheld
 * cell is null and marked, and its growth, share and 拉动 are withheld with it). The renderers (reports/bulletin) turn it into xlsx and PDF.
 */
import {
  getMeasure,
  type BilingualName,
  type BulletinCell,
  type BulletinClusterRow,
  type BulletinDocument,
  type BulletinMeasureRow,
  type BulletinSystemSection,
  type BulletinTargetRow,
  type BulletinUnitMatrix,
  type DisclosureRules,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import { listOfficialGrowthRates } from '../../repositories/statistics.repository.ts';
import {
  CITY_CODE,
  SYSTEM_CODE,
  UNIT_TOTAL_CODE,
  protectClusterTable,
  type Audience,
  type ProtectedClusterTable,
} from '../disclosure/protect-cluster-table.ts';
import { computeClusterStatistics, type ClusterFigures } from '../statistics/compute-cluster-statistics.ts';
import { keptTargetProgress } from '../statistics/kept-target-progress.ts';
import { computeUnitClusterMatrix, computeUnitStatistics } from '../statistics/compute-unit-statistics.ts';
import { requirePeriod } from '../statistics/statistics-query.ts';
import { buildBulletinRegisters } from './bulletin-registers.ts';
import { bulletinWarnings } from './bulletin-warnings.ts';

export interface BuildBulletinInput {
  year: number;
  month: number;
  /** Systems to publish, in this order; all systems with data when absent. */
  systemIds?: readonly string[] | undefined;
  audience: Audience;
  rules: DisclosureRules;
  /** Marks every page as synthetic demo data. */
  synthetic: boolean;
  now?: Date;
}

/** The measures of the city's 规上 overview, in the bulletin's order. */
export const BULLETIN_CITY_MEASURES = [
  'industrial_output',
  'operating_revenue',
  'value_added',
  'total_profit',
  'export_delivery',
] as const;
const CLUSTER_MEASURE = 'industrial_output';

export function periodLabel(year: number, month: number): BilingualName {
  if (month === 0) return { zh: `${year}年`, en: `${year}` };
  if (month === 1) return { zh: `${year}年1月`, en: `January ${year}` };
  const english = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return { zh: `${year}年1-${month}月`, en: `Jan–${english} ${year}` };
}

const cell = (value: number | null, withheld: boolean): BulletinCell =>
  withheld ? { value: null, suppressed: 'withheld' } : { value };

function audienceName(audience: Audience): BilingualName {
  if (audience.kind === 'public') return { zh: '公开发布', en: 'public' };
  if (audience.kind === 'unit')
    return { zh: `县（市、区）${audience.reportingUnitId}`, en: `unit ${audience.reportingUnitId}` };
  return { zh: '内部（未做披露控制）', en: 'internal (no disclosure control)' };
}

function clusterRow(
  base: { clusterId: string; name: BilingualName; depth: number; rank: number | null },
  figures: ClusterFigures,
  withheld: boolean,
): BulletinClusterRow {
  return {
    clusterId: base.clusterId,
    name: base.name,
    depth: base.depth,
    value: cell(figures.value, withheld),
    // Cluster bases are not printed: a base is a second table of the same firms that would need its own protection.
    base: { value: null },
    growth: { value: withheld ? null : figures.growth, basis: 'nominal', derived: figures.derived },
    share: withheld ? null : figures.share,
    pull: withheld ? null : figures.pull,
    contribution: withheld ? null : figures.contribution,
    rank: withheld ? null : base.rank,
    enterprises: withheld ? null : figures.enterprises.count,
  };
}

async function systemSection(
  db: Kysely<DatabaseSchema>,
  input: BuildBulletinInput,
  systemId: string,
): Promise<{ section: BulletinSystemSection; matrix: BulletinUnitMatrix; protection: ProtectedClusterTable }> {
  const query = { systemId, measure: CLUSTER_MEASURE, year: input.year, month: input.month };
  const [statistics, matrix, protection] = await Promise.all([
    computeClusterStatistics(db, query),
    computeUnitClusterMatrix(db, query),
    protectClusterTable(db, { ...query, audience: input.audience, rules: input.rules }),
  ]);
  const withheld = (unit: string, cluster: string) => protection.lookup(unit, cluster) === 'suppressed';
  // Ranks are recomputed without the withheld clusters, so a rank never hints at a withheld value.
  const rows = statistics.clusters.map((row) => clusterRow(row, row, withheld(UNIT_TOTAL_CODE, row.clusterId)));
  for (const depthGroup of new Set(statistics.clusters.map((row) => row.parentId))) {
    const siblings = rows.filter((_, index) => statistics.clusters[index]!.parentId === depthGroup);
    const ranked = [...siblings]
      .filter((row) => row.value.value !== null)
      .sort((a, b) => b.value.value! - a.value.value!);
    for (const row of siblings) row.rank = row.value.value === null ? null : ranked.indexOf(row) + 1;
  }
  const measureName = getMeasure(CLUSTER_MEASURE)!.name;
  const toCell = (value: string, contributors: number, unit: string, cluster: string): BulletinCell =>
    cell(contributors === 0 ? null : Number(value), withheld(unit, cluster));
  return {
    protection,
    section: {
      systemId,
      name: statistics.system.name,
      measure: CLUSTER_MEASURE,
      measureName,
      rows,
      total: clusterRow(
        { clusterId: systemId, name: statistics.system.name, depth: 0, rank: null },
        statistics.systemTotal,
        withheld(UNIT_TOTAL_CODE, SYSTEM_CODE),
      ),
    },
    matrix: {
      systemId,
      measure: CLUSTER_MEASURE,
      measureName,
      units: matrix.units,
      clusters: matrix.clusters,
      cells: matrix.cells.map((row, unitIndex) =>
        row.map((value, clusterIndex) =>
          toCell(value.value, value.contributors, matrix.units[unitIndex]!.id, matrix.clusters[clusterIndex]!.id),
        ),
      ),
      unitTotals: matrix.unitTotals.map((value, unitIndex) =>
        toCell(value.value, value.contributors, matrix.units[unitIndex]!.id, SYSTEM_CODE),
      ),
      clusterTotals: matrix.clusterTotals.map((value, clusterIndex) =>
        toCell(value.value, value.contributors, UNIT_TOTAL_CODE, matrix.clusters[clusterIndex]!.id),
      ),
    },
  };
}

const minimumContributors = (rules: DisclosureRules) => rules.frequency?.minContributors ?? 1;

/** The city's totals of the overview measures; they count thousands of firms, so the frequency rule suffices. */
async function cityRows(db: Kysely<DatabaseSchema>, input: BuildBulletinInput): Promise<BulletinMeasureRow[]> {
  return Promise.all(
    BULLETIN_CITY_MEASURES.map(async (measure) => {
      const [units, official] = await Promise.all([
        computeUnitStatistics(db, { measure, year: input.year, month: input.month }),
        listOfficialGrowthRates(db, measure, input.year, input.month),
      ]);
      const total = units.total;
      const withheld =
        input.audience.kind !== 'full' &&
        total.contributors > 0 &&
        total.contributors < minimumContributors(input.rules);
      const cityRate = official.find((rate) => rate.scope === 'city');
      return {
        measure,
        name: getMeasure(measure)!.name,
        value: cell(total.value, withheld),
        base: cell(total.base, withheld),
        growth: { value: withheld ? null : total.growth, basis: 'nominal', derived: total.derived },
        officialGrowth: cityRate ? Number(cityRate.rate) : null,
      } satisfies BulletinMeasureRow;
    }),
  );
}

async function systemsWithData(db: Kysely<DatabaseSchema>, input: BuildBulletinInput): Promise<string[]> {
  if (input.systemIds) return [...input.systemIds];
  const systems = await listClusterSystems(db);
  const withData: string[] = [];
  for (const system of systems) {
    const statistics = await computeClusterStatistics(db, {
      systemId: system.id,
      measure: CLUSTER_MEASURE,
      year: input.year,
      month: input.month,
    });
    if (statistics.systemTotal.contributors > 0) withData.push(system.id);
  }
  return withData;
}

export async function buildBulletin(db: Kysely<DatabaseSchema>, input: BuildBulletinInput): Promise<BulletinDocument> {
  requirePeriod(input.year, input.month);
  const systemIds = await systemsWithData(db, input);
  const sections: Awaited<ReturnType<typeof systemSection>>[] = [];
  for (const systemId of systemIds) sections.push(await systemSection(db, input, systemId));
  const city = await cityRows(db, input);
  const ranking = await computeUnitStatistics(db, { measure: CLUSTER_MEASURE, year: input.year, month: input.month });
  const targets: BulletinTargetRow[] = [];
  for (const systemId of systemIds) {
    for (const target of await keptTargetProgress(db, systemId, input.year)) {
      if (target.unavailable) continue;
      targets.push({
        systemId,
        clusterId: target.clusterId,
        name: target.name,
        indicator: getMeasure(target.indicator)?.name ?? { zh: target.name.zh, en: target.indicator },
        targetYear: target.targetYear,
        targetValue: target.targetValue,
        unit: target.unit,
        actualYear: target.actualYear!,
        actualValue: target.actualValue,
        progress: target.progress,
        requiredAnnualGrowth: target.requiredAnnualGrowth,
        actualAnnualGrowth: target.actualAnnualGrowth,
        onTrack: target.onTrack,
      });
    }
  }
  const label = periodLabel(input.year, input.month);
  const registers = await buildBulletinRegisters(db, { ...input, systemIds });
  return {
    title: { zh: '嘉兴市产业集群发展专刊', en: 'Jiaxing Industrial Cluster Bulletin' },
    period: { year: input.year, month: input.month, label },
    generatedAt: (input.now ?? new Date()).toISOString(),
    synthetic: input.synthetic,
    audience: audienceName(input.audience),
    city,
    systems: sections.map((entry) => entry.section),
    unitMatrices: sections.map((entry) => entry.matrix),
    unitRanking: {
      measure: CLUSTER_MEASURE,
      measureName: getMeasure(CLUSTER_MEASURE)!.name,
      rows: ranking.units.map((row) => {
        // The unit totals are margins of every system's table: withheld if any table withholds them.
        const withheldUnit = sections.some((entry) => entry.protection.lookup(row.unit.id, CITY_CODE) === 'suppressed');
        return {
          unit: row.unit,
          value: cell(row.value, withheldUnit),
          growth: { value: withheldUnit ? null : row.growth, basis: 'nominal', derived: row.derived },
          share: withheldUnit ? null : row.share,
          pull: withheldUnit ? null : row.pull,
          rankByValue: withheldUnit ? null : row.rankByValue,
          rankByGrowth: withheldUnit ? null : row.rankByGrowth,
        };
      }),
    },
    targets,
    warnings: bulletinWarnings(
      sections.map((entry) => entry.section),
      city.find((row) => row.measure === CLUSTER_MEASURE)!,
    ),
    registers,
    notes: [
      {
        zh: '增速按可比口径计算（同一批企业本期与上年同期之比），为现价名义增速；工业增加值官方增速为可比价实际增速。',
        en: 'Growth is on the comparable basis (the same enterprises this year and last), nominal at current prices; official value-added growth is real.',
      },
      {
        zh: '“x”表示依《统计法》为防止推算单个企业数据而不予公布的数值。',
        en: '"x" marks figures withheld under the Statistics Law so that no single enterprise can be inferred.',
      },
      {
        zh: `统计范围：规模以上工业企业；${label.zh}累计。`,
        en: `Scope: industrial enterprises above designated size; ${label.en} cumulative.`,
      },
      ...(input.synthetic
        ? [
            {
              zh: '本期数据为合成演示数据，并非真实统计数据。',
              en: 'Synthetic demonstration data, not real statistics.',
            },
          ]
        : []),
    ],
  };
}
