/**
 * Computes one indicator source of the cluster index for a period, from the stored statistics: the cluster
 * statistics service gives each measure's sums, comparable growth and 规上 counts (per cluster, the system's
 * clusters together and the city's 规上 total); ratios and 亩均 values are recomputed from those sums, never
 * averaged. Annual measures (年报, 税收, 用地) are those of the period's year for a whole year, and of the year
 * before (the latest complete one) for a 1–N月 period. Pool counts read the imported cultivation-pool lists; the
 * project-investment source is declared but not computed yet: its values are missing, which the engine handles by
 * re-spreading weights.
 */
import { getMeasure, poolTierOf, subtreeOf } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { hasPoolList, listPoolEntries } from '../../repositories/pool-entry.repository.ts';
import { listAboveScaleMembers, listFirmValues } from '../../repositories/statistics.repository.ts';
import {
  computeClusterStatistics,
  type ClusterFigures,
  type ClusterStatistics,
} from '../statistics/compute-cluster-statistics.ts';
import { ensureStatistics } from '../statistics/refresh-statistics.ts';
import type { IndicatorSource } from './index-definition-schema.ts';

export interface IndexPeriod {
  year: number;
  /** 0: the whole year; 1–12: 1–N月. */
  month: number;
}

/** Values for the index's clusters (in the order of `clusterIds`), the system's clusters together and the city. */
export interface SourceValues {
  clusters: (number | null)[];
  system: number | null;
  city: number | null;
  /** Why values are missing or where they came from (bilingual), when worth saying. */
  note: string | null;
}

export interface SourceContext {
  db: Kysely<DatabaseSchema>;
  systemId: string;
  period: IndexPeriod;
  clusterIds: readonly string[];
  /** Memoised cluster statistics per measure and period. */
  statistics: Map<string, Promise<ClusterStatistics>>;
}

/** The period a measure is read at: cumulative ones at the period (1–12月 for a year), annual ones per year. */
export function measurePeriod(measure: string, period: IndexPeriod): IndexPeriod {
  if (getMeasure(measure)?.kind === 'cumulative') return { year: period.year, month: period.month || 12 };
  return { year: period.month === 0 ? period.year : period.year - 1, month: 0 };
}

export function clusterStatistics(context: SourceContext, measure: string): Promise<ClusterStatistics> {
  const at = measurePeriod(measure, context.period);
  const key = `${measure}|${at.year}|${at.month}`;
  let found = context.statistics.get(key);
  if (!found) {
    found = computeClusterStatistics(context.db, { systemId: context.systemId, measure, ...at });
    context.statistics.set(key, found);
  }
  return found;
}

type FigurePick = (figures: ClusterFigures) => number | null;

async function figuresOf(context: SourceContext, measure: string, pick: FigurePick): Promise<SourceValues> {
  const statistics = await clusterStatistics(context, measure);
  const byId = new Map(statistics.clusters.map((row) => [row.clusterId, row]));
  return {
    clusters: context.clusterIds.map((id) => {
      const row = byId.get(id);
      return row ? pick(row) : null;
    }),
    system: pick(statistics.systemTotal),
    city: pick(statistics.total),
    note: null,
  };
}

const quotient = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator <= 0 ? null : numerator / denominator;

function divide(numerator: SourceValues, denominator: SourceValues): SourceValues {
  return {
    clusters: numerator.clusters.map((value, index) => quotient(value, denominator.clusters[index] ?? null)),
    system: quotient(numerator.system, denominator.system),
    city: quotient(numerator.city, denominator.city),
    note: null,
  };
}

/** Net land: 自有 + 租入 − 租出; a tenure nobody reported counts 0, all three missing is missing. */
async function netLand(context: SourceContext): Promise<SourceValues> {
  const [own, rentedIn, rentedOut] = await Promise.all(
    ['land_own', 'land_rented_in', 'land_rented_out'].map((measure) =>
      figuresOf(context, measure, (figures) => figures.value),
    ),
  );
  const net = (a: number | null, b: number | null, c: number | null) =>
    a === null && b === null && c === null ? null : (a ?? 0) + (b ?? 0) - (c ?? 0);
  return {
    clusters: own!.clusters.map((value, i) =>
      net(value, rentedIn!.clusters[i] ?? null, rentedOut!.clusters[i] ?? null),
    ),
    system: net(own!.system, rentedIn!.system, rentedOut!.system),
    city: net(own!.city, rentedIn!.city, rentedOut!.city),
    note: null,
  };
}

/** 规上 members whose value of the measure reaches the threshold; missing where no member reported the measure. */
async function firmCountOver(context: SourceContext, measure: string, threshold: number): Promise<SourceValues> {
  const at = measurePeriod(measure, context.period);
  await ensureStatistics(context.db, [at]);
  const [firms, members, statistics] = await Promise.all([
    listFirmValues(context.db, measure, at.year, at.month),
    listAboveScaleMembers(context.db, context.systemId, at.year),
    clusterStatistics(context, measure),
  ]);
  const valueOf = new Map(firms.map((firm) => [firm.enterprise_id, Number(firm.value)]));
  const count = (ids: readonly number[]) => {
    const present = ids.filter((id) => valueOf.has(id));
    return present.length === 0 ? null : present.filter((id) => valueOf.get(id)! >= threshold).length;
  };
  const subtree = subtreeOf(
    statistics.clusters.map((row) => ({ id: row.clusterId, parentId: row.parentId, sortOrder: 0 })),
  );
  return {
    clusters: context.clusterIds.map((id) => {
      const ids = subtree.get(id) ?? new Set([id]);
      return count(members.filter((member) => ids.has(member.cluster_id)).map((member) => member.enterprise_id));
    }),
    system: count([...new Set(members.map((member) => member.enterprise_id))]),
    city: count(firms.map((firm) => firm.enterprise_id)),
    note: null,
  };
}

/** The last day of the period: 1–N月 ends with month N, a whole year with December. */
function endOfPeriod({ year, month }: IndexPeriod): string {
  return new Date(Date.UTC(year, month === 0 ? 12 : month, 0)).toISOString().slice(0, 10);
}

/**
 * Members of a cultivation pool in force at the end of the period (培育库, from the imported pool lists): per cluster
 * its 规上 members in the pool, the system's, and the city's pool firms. Missing, not 0, while no pool list of the
 * year or earlier is stored.
 */
async function poolCount(context: SourceContext, pool: string): Promise<SourceValues> {
  const tier = poolTierOf(pool);
  if (tier === null)
    return declaredMissing(context, `未知的培育库层级“${pool}”`, `unknown cultivation-pool tier "${pool}"`);
  if (!(await hasPoolList(context.db, context.period.year)))
    return declaredMissing(
      context,
      `培育库（${pool}）名录尚未导入，数据缺失`,
      `no cultivation-pool list (${pool}) imported yet; the data are missing`,
    );
  const date = endOfPeriod(context.period);
  const [entries, members, statistics] = await Promise.all([
    listPoolEntries(context.db, { date, tier, scope: { kind: 'all' } }),
    listAboveScaleMembers(context.db, context.systemId, context.period.year),
    clusterStatistics(context, 'industrial_output'),
  ]);
  const inPool = new Set(entries.map((entry) => entry.enterprise_id));
  const subtree = subtreeOf(
    statistics.clusters.map((row) => ({ id: row.clusterId, parentId: row.parentId, sortOrder: 0 })),
  );
  const count = (ids: Iterable<number>) => [...new Set(ids)].filter((id) => inPool.has(id)).length;
  return {
    clusters: context.clusterIds.map((id) => {
      const ids = subtree.get(id) ?? new Set([id]);
      return count(members.filter((member) => ids.has(member.cluster_id)).map((member) => member.enterprise_id));
    }),
    system: count(members.map((member) => member.enterprise_id)),
    city: inPool.size,
    note: null,
  };
}

function declaredMissing(context: SourceContext, zh: string, en: string): SourceValues {
  return { clusters: context.clusterIds.map(() => null), system: null, city: null, note: `${zh} (${en})` };
}

/** The unscaled values of a source. */
export async function sourceValues(context: SourceContext, source: IndicatorSource): Promise<SourceValues> {
  switch (source.kind) {
    case 'cluster_cumulative':
    case 'cluster_annual':
      return figuresOf(context, source.measure, (figures) => figures.value);
    case 'comparable_growth':
      return figuresOf(context, source.measure, (figures) => (figures.growth === null ? null : figures.growth * 100));
    case 'enterprise_count':
      return figuresOf(context, 'industrial_output', (figures) => figures.enterprises.count);
    case 'firm_count_over':
      return firmCountOver(context, source.measure, source.threshold);
    case 'per_mu': {
      const [numerator, land] = await Promise.all([
        figuresOf(context, source.numerator, (figures) => figures.value),
        netLand(context),
      ]);
      return divide(numerator, land);
    }
    case 'ratio': {
      const [numerator, denominator] = await Promise.all([
        figuresOf(context, source.numerator, (figures) => figures.value),
        figuresOf(context, source.denominator, (figures) => figures.value),
      ]);
      return divide(numerator, denominator);
    }
    case 'pool_count':
      return poolCount(context, source.pool);
    case 'project_investment':
      return declaredMissing(
        context,
        '项目库尚未建立，投资数据缺失',
        'no project register yet; the investment data are missing',
      );
  }
}
