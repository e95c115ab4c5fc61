/**
 * The figures each rule kind reads, computed from the store for one period: subject series from the kept
 * aggregates (growth, below the city, declines, energy), firm-level figures (亏损面, chain leaders), class counts
 * of published 亩均 evaluations (more D-class firms), and the projects of the year's project lists (project_overdue).
 */
import {
  measureOfRule,
  PROJECT_MILESTONES,
  subtreeOf,
  type BilingualName,
  type LeaderFirm,
  type TrackedProject,
  type WarningInput,
  type WarningRule,
  type WarningSubject,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listProjects } from '../../repositories/project.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import {
  countFinalClassByUnit,
  listFirmFigures,
  listPublishedEvaluationRuns,
  type FirmFigureRow,
} from '../../repositories/warnings.repository.ts';
import { chainLeadStalledInput } from '../chains/chain-lead-warning-input.ts';
import { platformReviewDueInput } from '../platforms/platform-warning-input.ts';
import { poolExpiringInput } from '../pools/pool-warning-input.ts';
import { rectificationOverdueInput } from '../rectification/rectification-warning-input.ts';
import type { StatisticsPeriod } from '../statistics/refresh-statistics.ts';
import { loadSubjectSeries, type SeriesPoint } from './load-subject-series.ts';

type Db = Kysely<DatabaseSchema>;

const last = (points: readonly SeriesPoint[]) => points[points.length - 1]!;

async function seriesOf(db: Db, rule: WarningRule, period: StatisticsPeriod, measure = measureOfRule(rule)) {
  return loadSubjectSeries(db, {
    ...period,
    measure,
    systemId: rule.scope.system ?? null,
    subjectKind: rule.subject === 'cluster' ? 'cluster' : 'unit',
  });
}

/** Each top-level cluster of a system with the ids of its subtree. */
async function topClusters(db: Db, systemId: string) {
  const clusters = await listClusters(db, systemId);
  const subtree = subtreeOf(clusters.map((c) => ({ id: c.id, parentId: c.parent_id, sortOrder: c.sort_order })));
  return clusters
    .filter((cluster) => cluster.parent_id === null)
    .map((cluster) => ({
      id: cluster.id,
      name: { zh: cluster.name_zh, en: cluster.name_en } as BilingualName,
      members: subtree.get(cluster.id)!,
    }));
}

const firmSubject = (row: FirmFigureRow): WarningSubject => ({
  kind: 'enterprise',
  id: row.uscc,
  name: { zh: row.name ?? row.uscc, en: row.name ?? row.uscc },
  reportingUnitId: row.reporting_unit_id,
});

async function lossShareInput(db: Db, rule: WarningRule, period: StatisticsPeriod): Promise<WarningInput> {
  const systemId = rule.scope.system ?? null;
  const firms = await listFirmFigures(db, { ...period, measure: measureOfRule(rule), systemId });
  const count = (subject: WarningSubject, rows: FirmFigureRow[]) => ({
    subject,
    firms: rows.length,
    lossMaking: rows.filter((row) => Number(row.value) < 0).length,
  });
  if (rule.subject === 'cluster') {
    const clusters = await topClusters(db, systemId!);
    return {
      kind: 'loss_share_over',
      subjects: clusters.map((cluster) =>
        count(
          { kind: 'cluster', id: cluster.id, name: cluster.name, reportingUnitId: null },
          firms.filter((row) => row.cluster_id !== null && cluster.members.has(row.cluster_id)),
        ),
      ),
    };
  }
  const inScope = systemId === null ? firms : firms.filter((row) => row.cluster_id !== null);
  const units = await listReportingUnits(db);
  return {
    kind: 'loss_share_over',
    subjects: units.map((unit) =>
      count(
        { kind: 'unit', id: unit.id, name: { zh: unit.name_zh, en: unit.name_en }, reportingUnitId: unit.id },
        inScope.filter((row) => row.reporting_unit_id === unit.id),
      ),
    ),
  };
}

async function leaderInput(db: Db, rule: WarningRule, period: StatisticsPeriod): Promise<WarningInput> {
  const systemId = rule.scope.system!;
  const [clusters, firms] = await Promise.all([
    topClusters(db, systemId),
    listFirmFigures(db, { ...period, measure: measureOfRule(rule), systemId }),
  ]);
  const leaderFirm = (row: FirmFigureRow): LeaderFirm => ({
    subject: firmSubject(row),
    value: Number(row.value),
    base: row.base === null ? null : Number(row.base),
  });
  return {
    kind: 'leader_output_drop',
    clusters: clusters.map((cluster) => ({
      clusterId: cluster.id,
      name: cluster.name,
      firms: firms.filter((row) => row.cluster_id !== null && cluster.members.has(row.cluster_id)).map(leaderFirm),
    })),
  };
}

async function moreDClassInput(db: Db, rule: WarningRule): Promise<WarningInput> {
  const runs = await listPublishedEvaluationRuns(db);
  const latest = runs[0];
  const previous = latest && runs.find((run) => run.year < latest.year);
  const countsOf = async (run: { id: number; year: number } | undefined) => {
    if (!run) return null;
    const rows = await countFinalClassByUnit(db, run.id, rule.parameters.classId);
    return { year: run.year, counts: new Map(rows.map((row) => [row.reporting_unit_id, Number(row.firms)])) };
  };
  const units = await listReportingUnits(db);
  return {
    kind: 'more_d_class',
    latest: await countsOf(latest),
    previous: await countsOf(previous),
    units: units.map((unit) => ({
      kind: 'unit',
      id: unit.id,
      name: { zh: unit.name_zh, en: unit.name_en },
      reportingUnitId: unit.id,
    })),
  };
}

const endOfPeriod = ({ year, month }: StatisticsPeriod) =>
  new Date(Date.UTC(year, month === 0 ? 12 : month, 0)).toISOString().slice(0, 10);

/**
 * The projects of the period's year (each project's latest current list row): every milestone planned and actual. No list of
 * the year imported: null, so the rule says it cannot be evaluated rather than passing. A project's subject is the
 * project itself (its code; the owner's name and unit), so two late projects of one firm are two warnings.
 */
async function projectOverdueInput(db: Db, rule: WarningRule, period: StatisticsPeriod): Promise<WarningInput> {
  const asOf = endOfPeriod(period);
  const rows = await listProjects(db, { year: period.year, scope: { kind: 'all' } });
  if (rows.length === 0) return { kind: 'project_overdue', projects: null, asOf };
  const projects: TrackedProject[] = rows
    .filter((row) => PROJECT_MILESTONES.some((milestone) => row[`${milestone}_planned`] !== null))
    .map((row) => ({
      subject: {
        kind: 'enterprise',
        id: row.code,
        name: {
          zh: `${row.enterprise_name ?? ''} ${row.name}`.trim(),
          en: `${row.enterprise_name ?? ''} ${row.name}`.trim(),
        },
        reportingUnitId: row.reporting_unit_id,
      },
      projectName: row.name,
      plannedStart: row.start_planned,
      actualStart: row.start_actual,
      milestones: Object.fromEntries(
        PROJECT_MILESTONES.map((milestone) => [
          milestone,
          { planned: row[`${milestone}_planned`], actual: row[`${milestone}_actual`] },
        ]),
      ) as TrackedProject['milestones'],
    }));
  return { kind: 'project_overdue', projects, asOf };
}

export async function buildWarningInput(db: Db, rule: WarningRule, period: StatisticsPeriod): Promise<WarningInput> {
  const monthly = rule.scope.period === 'month';
  const pick = (point: SeriesPoint) => (monthly ? point.monthGrowth : point.growth);
  switch (rule.kind) {
    case 'growth_below': {
      const { subjects } = await seriesOf(db, rule, period);
      return { kind: rule.kind, subjects: subjects.map((s) => ({ subject: s.subject, growth: pick(last(s.points)) })) };
    }
    case 'below_city': {
      const { subjects, city } = await seriesOf(db, rule, period);
      return {
        kind: rule.kind,
        cityGrowth: pick(last(city)),
        subjects: subjects.map((s) => ({ subject: s.subject, growth: pick(last(s.points)) })),
      };
    }
    case 'consecutive_decline': {
      const { subjects } = await seriesOf(db, rule, period);
      const yoy = rule.parameters.basis === 'year_on_year';
      return {
        kind: rule.kind,
        subjects: subjects.map((s) => ({
          subject: s.subject,
          series: s.points.map((point) => (yoy ? pick(point) : point.monthValue)),
        })),
      };
    }
    case 'energy_over_quota': {
      const [energy, output] = await Promise.all([
        seriesOf(db, rule, period),
        seriesOf(db, rule, period, 'industrial_output'),
      ]);
      const valueOf = (point: SeriesPoint) => (monthly ? point.monthValue : point.value);
      return {
        kind: rule.kind,
        subjects: energy.subjects.map((s, index) => ({
          subject: s.subject,
          energy: valueOf(last(s.points)),
          output: valueOf(last(output.subjects[index]!.points)),
        })),
      };
    }
    case 'loss_share_over':
      return lossShareInput(db, rule, period);
    case 'leader_output_drop':
      return leaderInput(db, rule, period);
    case 'more_d_class':
      return moreDClassInput(db, rule);
    case 'project_overdue':
      return projectOverdueInput(db, rule, period);
    case 'pool_entry_expiring':
      return poolExpiringInput(db, period);
    case 'rectification_overdue':
      return rectificationOverdueInput(db, period);
    case 'platform_review_due':
      return platformReviewDueInput(db, period);
    case 'chain_lead_stalled':
      return chainLeadStalledInput(db, period);
  }
}
