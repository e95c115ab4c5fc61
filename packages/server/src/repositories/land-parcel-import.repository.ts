/** The land file's parcels: written with their batch and sheet row; reads go through current_land_parcel. */
import { chunked, type Queryable } from './queryable.ts';

export interface ImportedParcelRow {
  batchId: number;
  sheetRow: number;
  enterpriseId: number;
  reportingUnitId: string;
  certificateNo: string;
  tenure: 'own' | 'rented_in' | 'rented_out';
  areaMu: number;
  validFrom: string;
  validTo: string;
}

export async function insertImportedParcels(db: Queryable, rows: readonly ImportedParcelRow[]): Promise<void> {
  for (const chunk of chunked(rows)) {
    await db
      .insertInto('land_parcel')
      .values(
        chunk.map((row) => ({
          batch_id: row.batchId,
          sheet_row: row.sheetRow,
          enterprise_id: row.enterpriseId,
          reporting_unit_id: row.reportingUnitId,
          certificate_no: row.certificateNo,
          tenure: row.tenure,
          area_mu: row.areaMu,
          counterpart_uscc: null,
          valid_from: row.validFrom,
          valid_to: row.validTo,
        })),
      )
      .execute();
  }
}

/** Parcels of one batch, in sheet order (for tests and the batch view). */
export async function listParcelsOfBatch(db: Queryable, batchId: number) {
  return db
    .selectFrom('land_parcel as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .select(['p.sheet_row', 'e.uscc', 'p.certificate_no', 'p.tenure', 'p.area_mu', 'p.valid_from', 'p.valid_to'])
    .where('p.batch_id', '=', batchId)
    .orderBy('p.sheet_row')
    .execute();
}
