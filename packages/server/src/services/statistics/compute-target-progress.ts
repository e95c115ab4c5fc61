/**
 * Progress of a system's targets (e.g. 五大's 2025 targets) as of a period: the latest complete year's actual
 * (1–12月) at or before the period's year, progress = actual / target, the annual growth still required to the
 * deadline against the growth achieved, and whether the cluster is on track. Targets on stored measures
 * (规上工业总产值) and counts of enterprises over an output threshold are computed from statistics; every other
 * target is measured by its register (platforms, pools, chains, projects: services/targets) or by the latest
 * manual actual city staff recorded, and says why when neither has a figure (`source` tells which).
 */
import { projectTarget, subtreeOf, type BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusters, listTargets } from '../../repositories/registry.repository.ts';
import { listAboveScaleMembers, listFirmValues } from '../../repositories/statistics.repository.ts';
import { readManualActuals, manualActualAsOf } from '../targets/manual-target-actuals.ts';
import { measureOutsideStatistics, type TargetSourceKind } from '../targets/measure-outside-statistics.ts';
import { computeClusterStatistics } from './compute-cluster-statistics.ts';
import { listDataPeriods } from './refresh-statistics.ts';

export interface TargetProgressRow {
  targetId: string;
  systemId: string;
  clusterId: string | null;
  name: BilingualName;
  indicator: string;
  targetYear: number;
  targetValue: number;
  unit: string;
  actualYear: number | null;
  actualValue: number | null;
  progress: number | null;
  requiredAnnualGrowth: number | null;
  actualAnnualGrowth: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
  /** Why there is no actual value, when there is none. */
  unavailable: BilingualName | null;
  /** Where the figure comes from: statistics, a register, a manual entry, or none. */
  source: TargetSourceKind;
  /** What was counted (register) or the entry's source text (manual); null for statistics. */
  basis: BilingualName | null;
}

const OVER_THRESHOLD = /^count:enterprises_over_(\d+)yi$/;

export async function computeTargetProgress(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  asOfYear: number,
): Promise<TargetProgressRow[]> {
  const targets = await listTargets(db, systemId);
  const completeYears = (await listDataPeriods(db))
    .filter((period) => period.month === 12 && period.year <= asOfYear)
    .map((period) => period.year);
  const actualYear = completeYears.length === 0 ? null : Math.max(...completeYears);
  const statistics =
    actualYear === null
      ? null
      : await computeClusterStatistics(db, { systemId, measure: 'industrial_output', year: actualYear, month: 12 });
  const clusters = (await listClusters(db, systemId)).map((cluster) => ({
    id: cluster.id,
    parentId: cluster.parent_id,
    sortOrder: cluster.sort_order,
  }));
  const needsCounts = targets.some((target) => OVER_THRESHOLD.test(target.measure));
  const firmValues =
    actualYear !== null && needsCounts ? await listFirmValues(db, 'industrial_output', actualYear, 12) : [];
  const members = actualYear !== null && needsCounts ? await listAboveScaleMembers(db, systemId, actualYear) : [];
  const subtree = subtreeOf(clusters);

  const manualActuals = await readManualActuals(db, systemId, asOfYear);
  const statisticsRow = (target: (typeof targets)[number]): TargetProgressRow | null => {
    const targetYear = Number(target.deadline.slice(0, 4));
    const targetValue = Number(target.canonical_value ?? target.value);
    const base = {
      targetId: target.id,
      systemId: target.system_id,
      clusterId: target.cluster_id,
      name: { zh: target.name_zh, en: target.name_en },
      indicator: target.measure,
      targetYear,
      targetValue,
      unit: target.canonical_unit ?? target.unit,
    };
    const unavailable = (zh: string, en: string): TargetProgressRow => ({
      ...base,
      actualYear,
      actualValue: null,
      progress: null,
      requiredAnnualGrowth: null,
      actualAnnualGrowth: null,
      projectedValue: null,
      onTrack: null,
      unavailable: { zh, en },
      source: 'unavailable',
      basis: null,
    });
    const threshold = OVER_THRESHOLD.exec(target.measure);
    if (target.measure !== 'industrial_output' && !threshold) return null;
    if (actualYear === null || statistics === null)
      return unavailable('尚无完整年度数据', 'no complete year of data yet');
    let actual: number | null = null;
    let growth: number | null = null;
    if (target.measure === 'industrial_output') {
      const figures =
        target.cluster_id === null
          ? statistics.systemTotal
          : statistics.clusters.find((row) => row.clusterId === target.cluster_id);
      actual = figures?.value ?? null;
      growth = figures?.growth ?? null;
    } else {
      // A city-wide count takes the members of every cluster of the system.
      const ids = target.cluster_id === null ? null : (subtree.get(target.cluster_id) ?? new Set<string>());
      const inCluster = new Set(
        members.filter((row) => ids === null || ids.has(row.cluster_id)).map((row) => row.enterprise_id),
      );
      const limit = Number(threshold![1]) * 1e8;
      actual = firmValues.filter((row) => inCluster.has(row.enterprise_id) && Number(row.value) >= limit).length;
    }
    const projection = projectTarget({ target: targetValue, targetYear, actual, actualYear, actualGrowth: growth });
    return {
      ...base,
      actualYear,
      actualValue: actual,
      progress: projection.progress,
      requiredAnnualGrowth: threshold ? null : projection.requiredAnnualGrowth,
      actualAnnualGrowth: growth,
      projectedValue: threshold ? null : projection.projectedValue,
      onTrack: threshold ? (actual !== null && actual >= targetValue ? true : null) : projection.onTrack,
      unavailable: null,
      source: 'statistics',
      basis: null,
    };
  };

  const rows: TargetProgressRow[] = [];
  for (const target of targets) {
    const fromStatistics = statisticsRow(target);
    if (fromStatistics !== null) {
      rows.push(fromStatistics);
      continue;
    }
    const targetYear = Number(target.deadline.slice(0, 4));
    const targetValue = Number(target.canonical_value ?? target.value);
    const unit = target.canonical_unit ?? target.unit;
    const measured = await measureOutsideStatistics(
      db,
      {
        systemId: target.system_id,
        clusterId: target.cluster_id,
        measure: target.measure,
        unit,
        targetValue,
        targetYear,
      },
      asOfYear,
      manualActualAsOf(manualActuals.get(target.id), asOfYear),
    );
    rows.push({
      targetId: target.id,
      systemId: target.system_id,
      clusterId: target.cluster_id,
      name: { zh: target.name_zh, en: target.name_en },
      indicator: target.measure,
      targetYear,
      targetValue,
      unit,
      actualYear: measured.actualYear,
      actualValue: measured.actualValue,
      progress: measured.progress,
      requiredAnnualGrowth: null,
      actualAnnualGrowth: null,
      projectedValue: measured.projectedValue,
      onTrack: measured.onTrack,
      unavailable: measured.unavailable,
      source: measured.source,
      basis: measured.basis,
    });
  }
  return rows;
}
