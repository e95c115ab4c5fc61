/** One enterprise with its name history, yearly attributes, land and cluster assignments for a year. */
import { netLandArea, type DataScope } from '@observatory/core';
import { assertInDataScope } from '../access/assert-in-data-scope.ts';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';
import { listEnterpriseNames, listEnterpriseYears, listLandParcels } from '../../repositories/enterprise.repository.ts';
import { deriveEnterpriseClusters } from './derive-enterprise-clusters.ts';

/**
 * 404 for an unknown USCC, 403 for one outside the scope: checked on the system connection before a scoped read,
 * under whose row-level security an enterprise outside the scope would look unknown.
 */
export async function assertEnterpriseInScope(db: Kysely<DatabaseSchema>, uscc: string, scope: DataScope) {
  const enterprise = await findEnterpriseOrFail(db, uscc);
  assertInDataScope(scope, { uscc: enterprise.uscc, reportingUnitId: enterprise.reporting_unit_id });
}

export async function getEnterprise(db: Kysely<DatabaseSchema>, uscc: string, scope: DataScope, year?: number) {
  const enterprise = await findEnterpriseOrFail(db, uscc);
  assertInDataScope(scope, { uscc: enterprise.uscc, reportingUnitId: enterprise.reporting_unit_id });
  const [names, years, parcels] = await Promise.all([
    listEnterpriseNames(db, enterprise.id),
    listEnterpriseYears(db, enterprise.id),
    listLandParcels(db, enterprise.id),
  ]);
  const forYear = year ?? years.at(-1)?.year ?? new Date().getFullYear();
  return {
    uscc: enterprise.uscc,
    name: names.at(-1)?.name ?? null,
    nameHistory: names.map((row) => ({ name: row.name, validFrom: row.valid_from })),
    reportingUnit: enterprise.reporting_unit_id,
    usccWarning: enterprise.uscc_warning,
    usccConfirmedBy: enterprise.uscc_confirmed_by,
    years: years.map((row) => ({
      year: row.year,
      reportingUnit: row.reporting_unit_id,
      industryCode: row.industry_code,
      aboveScale: row.above_scale,
      inProduction: row.in_production,
    })),
    land: {
      year: forYear,
      ...netLandArea(
        parcels.map((row) => ({
          tenure: row.tenure as 'own' | 'rented_in' | 'rented_out',
          areaMu: Number(row.area_mu),
          validFrom: row.valid_from,
          validTo: row.valid_to,
        })),
        forYear,
      ),
      parcels: parcels.map((row) => ({
        certificateNo: row.certificate_no,
        tenure: row.tenure,
        areaMu: Number(row.area_mu),
        counterpartUscc: row.counterpart_uscc,
        validFrom: row.valid_from,
        validTo: row.valid_to,
      })),
    },
    clusters: await deriveEnterpriseClusters(db, enterprise.id, forYear),
  };
}
