/**
 * Writes the rows of an accepted register list inside its import transaction: projects with their progress
 * points (clusters resolved by name, industry fallback from the enterprise's year records), or pool entries.
 */
import type { PoolEntryRecord, ProjectRecord } from '@observatory/core';
import { insertPoolEntries } from '../../repositories/pool-entry.repository.ts';
import {
  findLatestIndustries,
  insertProjectProgress,
  insertProjects,
  listClusterNames,
} from '../../repositories/project.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import type { ImportPeriod } from '../intake/resolve-import-period.ts';
import type { RegisterIdentity, ResolvedIdentity } from './check-register-identities.ts';
import { projectRows } from './project-rows.ts';
import { clusterNameResolver } from './resolve-cluster-name.ts';

export interface RegisterWriteContext {
  batchId: number;
  period: ImportPeriod;
  identityOf: (record: RegisterIdentity) => ResolvedIdentity;
  enterpriseIdOf: (uscc: string) => number | undefined;
}

const enterpriseOf = (record: RegisterIdentity, context: RegisterWriteContext) =>
  context.identityOf(record).enterpriseId ??
  (record.uscc === null ? undefined : context.enterpriseIdOf(record.uscc)) ??
  null;

export async function writeProjects(
  trx: Queryable,
  records: readonly ProjectRecord[],
  context: RegisterWriteContext,
): Promise<void> {
  const clusterOf = clusterNameResolver(await listClusterNames(trx));
  const withoutIndustry = records.filter((record) => record.industryCode === null);
  const industries = await findLatestIndustries(
    trx,
    withoutIndustry.flatMap((record) => {
      const id = enterpriseOf(record, context);
      return id === null ? [] : [id];
    }),
    context.period.year,
  );
  const { projects, progress } = projectRows(records, {
    ...context,
    clusterOf,
    industryOf: (enterpriseId) => industries.get(enterpriseId) ?? null,
  });
  await insertProjects(trx, projects);
  await insertProjectProgress(trx, progress);
}

export async function writePoolEntries(
  trx: Queryable,
  records: readonly PoolEntryRecord[],
  context: RegisterWriteContext,
): Promise<void> {
  await insertPoolEntries(
    trx,
    records.map((record) => ({
      batch_id: context.batchId,
      sheet_row: record.sheetRow,
      period_year: context.period.year,
      enterprise_id: enterpriseOf(record, context)!,
      reporting_unit_id: context.identityOf(record).reportingUnitId,
      tier: record.tier,
      tier_text: record.tierText,
      entry_date: record.entryDate,
      valid_until: record.validUntil,
      document: record.document,
      level: record.level,
    })),
  );
}
