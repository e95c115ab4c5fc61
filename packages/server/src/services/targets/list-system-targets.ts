/**
 * Every target of a system for the targets page (issue 9 item 6): the progress rows of computeTargetProgress
 * (statistics, registers, manual actuals; kept between requests by keptTargetProgress) with what the page needs
 * besides — the policy section (core targetSection), the owner (责任单位), deadline and source document, the
 * target's cluster name, and the latest manual entry when there is one (shown next to the form even when a
 * register measures the target). As of a year: the one asked, else the latest year with data, else this year.
 */
import { targetReading, targetSection, type BilingualName, type TargetReading } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findClusterSystem, listClusters, listTargets } from '../../repositories/registry.repository.ts';
import type { TargetProgressRow } from '../statistics/compute-target-progress.ts';
import { keptTargetProgress } from '../statistics/kept-target-progress.ts';
import { listDataPeriods } from '../statistics/refresh-statistics.ts';
import { manualActualAsOf, readManualActuals, type ManualActual } from './manual-target-actuals.ts';

export interface SystemTarget extends TargetProgressRow {
  section: { id: string; order: number; name: BilingualName };
  reading: TargetReading;
  clusterName: BilingualName | null;
  deadline: string;
  /** The target as the policy writes it (3000 亿元, 37 万元/亩, 15 %): manual entries are made in this unit. */
  writtenValue: number;
  writtenUnit: string;
  owner: string | null;
  document: string | null;
  manual: ManualActual | null;
}

export async function defaultTargetYear(db: Kysely<DatabaseSchema>): Promise<number> {
  const years = (await listDataPeriods(db)).map((period) => period.year);
  return years.length === 0 ? new Date().getUTCFullYear() : Math.max(...years);
}

export async function listSystemTargets(
  db: Kysely<DatabaseSchema>,
  input: { systemId: string; year?: number | undefined },
): Promise<{ systemId: string; systemName: BilingualName; year: number; targets: SystemTarget[] }> {
  const system = await findClusterSystem(db, input.systemId);
  if (!system)
    throw new AppError('not_found', `没有集群体系 ${input.systemId} (no such system)`, [
      { path: 'query.system', message: input.systemId },
    ]);
  const year = input.year ?? (await defaultTargetYear(db));
  const rows = await keptTargetProgress(db, input.systemId, year);
  const stored = new Map((await listTargets(db, input.systemId)).map((target) => [target.id, target]));
  const clusters = new Map((await listClusters(db, input.systemId)).map((cluster) => [cluster.id, cluster]));
  const manual = await readManualActuals(db, input.systemId, year);
  const targets = rows.map((row) => {
    const target = stored.get(row.targetId)!;
    const cluster = row.clusterId === null ? undefined : clusters.get(row.clusterId);
    return {
      ...row,
      section: targetSection({ clusterId: row.clusterId, source: target.source }),
      reading: targetReading(row.indicator, row.unit),
      clusterName: cluster ? { zh: cluster.name_zh, en: cluster.name_en } : null,
      deadline: target.deadline,
      writtenValue: Number(target.value),
      writtenUnit: target.unit,
      owner: target.owner,
      document: target.source,
      manual: manualActualAsOf(manual.get(row.targetId), year).current,
    };
  });
  targets.sort((a, b) => a.section.order - b.section.order);
  return { systemId: system.id, systemName: { zh: system.name_zh, en: system.name_en }, year, targets };
}
