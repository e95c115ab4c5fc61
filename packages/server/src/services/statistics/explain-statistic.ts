/**
 * "Every number explains itself": one statistics figure (the city's 规上 industry, a system, or a cluster with its
 * sub-directions; the city or one reporting unit; a measure and period) with its formula, its scope and number of
 * enterprises, the membership rule and catalogue, the import batches whose current values feed it and their
 * latest revision, and whether disclosure control withholds it from the audience and by which rule. A withheld
 * figure comes back as nulls (never 0), and the count of enterprises is withheld too when it is below what the
 * audience may see; nothing names an enterprise.
 */
import { CANONICAL_UNITS, subtreeOf, type BilingualName, type DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findCluster,
  findClusterSystem,
  listCatalogueEntries,
  listClusters,
} from '../../repositories/registry.repository.ts';
import { listCellSources } from '../../repositories/statistics-provenance.repository.ts';
import { explainSuppression, type CellSuppression } from '../disclosure/explain-suppression.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { computeUnitStatistics } from './compute-unit-statistics.ts';
import { formulaText, membershipRuleText, scopeText } from './statistic-explanation-text.ts';
import { requireMeasure } from './statistics-query.ts';

export interface ExplainStatisticQuery {
  measure: string;
  year: number;
  month: number;
  systemId?: string | undefined;
  clusterId?: string | undefined;
  reportingUnitId?: string | undefined;
}

export interface StatisticExplanation {
  measure: { code: string; name: BilingualName; unit: string };
  period: string;
  systemId: string | null;
  clusterId: string | null;
  reportingUnitId: string | null;
  value: number | null;
  base: number | null;
  growth: number | null;
  derived: boolean;
  formula: BilingualName;
  scope: BilingualName & { enterpriseCount: number | null };
  membership: {
    year: number;
    rule: BilingualName;
    catalogue: { clusterId: string; industryPrefix: string; coverage: string }[];
  };
  sources: {
    batchId: number;
    source: string;
    fileName: string;
    importedAt: string;
    period: string;
    revision: number;
  }[];
  revision: number | null;
  suppressed: boolean;
  suppressionReason: CellSuppression['reason'];
}

const periodText = (year: number, month: number) =>
  month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;

/** The system of the query (a cluster alone names its own), checked to exist and to hold the cluster. */
async function resolveScope(db: Kysely<DatabaseSchema>, query: ExplainStatisticQuery) {
  let systemId = query.systemId;
  const cluster = query.clusterId === undefined ? undefined : await findCluster(db, query.clusterId);
  if (query.clusterId !== undefined) {
    if (!cluster) throw new AppError('not_found', `没有集群 "${query.clusterId}" (no cluster "${query.clusterId}")`);
    if (systemId !== undefined && cluster.system_id !== systemId)
      throw new AppError(
        'validation_failed',
        `集群 ${query.clusterId} 不属于体系 ${systemId} (cluster ${query.clusterId} is not in system ${systemId})`,
      );
    systemId = cluster.system_id;
  }
  const system = systemId === undefined ? undefined : await findClusterSystem(db, systemId);
  if (systemId !== undefined && !system)
    throw new AppError('not_found', `没有集群体系 "${systemId}" (no cluster system "${systemId}")`);
  return { systemId, system, cluster };
}

export async function explainStatistic(
  db: Kysely<DatabaseSchema>,
  input: ExplainStatisticQuery,
  audience: Audience,
  rules: DisclosureRules,
): Promise<StatisticExplanation> {
  const measure = requireMeasure(input.measure);
  const { systemId, system, cluster } = await resolveScope(db, input);
  const query = { ...input, systemId };
  const statistics = await computeUnitStatistics(db, query);
  const unitRow =
    query.reportingUnitId === undefined
      ? undefined
      : statistics.units.find((row) => row.unit.id === query.reportingUnitId);
  if (query.reportingUnitId !== undefined && unitRow === undefined)
    throw new AppError(
      'not_found',
      `没有填报单位 "${query.reportingUnitId}" (no reporting unit "${query.reportingUnitId}")`,
    );
  const figures = unitRow ?? statistics.total;
  const clusters = systemId === undefined ? [] : await listClusters(db, systemId);
  const nodes = clusters.map((row) => ({ id: row.id, parentId: row.parent_id, sortOrder: row.sort_order }));
  const clusterIds = cluster ? [...subtreeOf(nodes).get(cluster.id)!] : undefined;
  const [suppression, sources, catalogue] = await Promise.all([
    explainSuppression(db, query, audience, rules),
    listCellSources(db, { ...query, clusterIds }),
    systemId === undefined ? [] : listCatalogueEntries(db, systemId),
  ]);
  const { suppressed } = suppression;
  const shown = <T>(value: T): T | null => (suppressed ? null : value);
  const minimum = rules.frequency?.minContributors ?? 0;
  const tooFew = figures.contributors > 0 && figures.contributors < minimum;
  const scope = scopeText({
    system: system ? { zh: system.name_zh, en: system.name_en } : null,
    cluster: cluster ? { zh: cluster.name_zh, en: cluster.name_en } : null,
    unit: unitRow ? unitRow.unit.name : null,
  });
  const inCell = new Set(clusterIds ?? clusters.map((row) => row.id));
  return {
    measure: { code: measure.code, name: measure.name, unit: CANONICAL_UNITS[measure.dimension] },
    period: periodText(query.year, query.month),
    systemId: systemId ?? null,
    clusterId: cluster?.id ?? null,
    reportingUnitId: query.reportingUnitId ?? null,
    value: shown(figures.value),
    base: shown(figures.base),
    growth: shown(figures.growth),
    derived: suppressed ? false : figures.derived,
    formula: formulaText(measure, query.year, query.month, scope),
    scope: {
      ...scope,
      enterpriseCount: suppressed || (audience.kind !== 'full' && tooFew) ? null : figures.contributors,
    },
    membership: {
      year: query.year,
      rule: membershipRuleText(query.year, systemId !== undefined),
      catalogue: catalogue
        .filter((entry) => inCell.has(entry.cluster_id))
        .filter(
          (entry) => (entry.valid_from ?? query.year) <= query.year && query.year <= (entry.valid_to ?? query.year),
        )
        .map((entry) => ({
          clusterId: entry.cluster_id,
          industryPrefix: entry.industry_prefix,
          coverage: entry.coverage,
        })),
    },
    sources: sources.map((row) => ({
      batchId: row.batch_id,
      source: row.source_profile,
      fileName: row.file_name,
      importedAt: new Date(row.created_at).toISOString(),
      period: periodText(row.period_year, row.period_month),
      revision: row.revision,
    })),
    revision: sources.length === 0 ? null : Math.max(...sources.map((row) => row.revision)),
    suppressed,
    suppressionReason: suppression.reason,
  };
}
