/**
 * The land file's parcels written beside its observations, in the same transaction and batch: each row's
 * certificate, tenure and area for the file's year, with the enterprise and reporting unit its record got.
 */
import type { DetectedTable, SheetGrid, SourceProfile } from '@observatory/core';
import { insertImportedParcels } from '../../repositories/land-parcel-import.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { landParcelsOfTable } from './land-parcel-rows.ts';

export function landParcelWriter(grid: SheetGrid, table: DetectedTable, profile: SourceProfile, year: number) {
  const parcels = landParcelsOfTable(grid, table, profile, year);
  return async (
    trx: Queryable,
    batchId: number,
    enterpriseOf: (uscc: string) => { enterpriseId: number; reportingUnitId: string } | undefined,
  ): Promise<void> => {
    await insertImportedParcels(
      trx,
      parcels.flatMap(({ uscc, ...parcel }) => {
        const enterprise = enterpriseOf(uscc);
        return enterprise ? [{ ...parcel, ...enterprise, batchId }] : [];
      }),
    );
  };
}
