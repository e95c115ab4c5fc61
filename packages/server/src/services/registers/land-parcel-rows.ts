/**
 * The land file's rows as parcels of their batch (the evaluation merges firms that share a certificate):
 * certificate number, tenure from the row's 用地类型 (through the profile's measureByText: land_own → own,
 * land_rented_in → rented_in, land_rented_out → rented_out), area in 亩, valid for the file's year.
 */
import { extractRegisterRows, type DetectedTable, type SheetGrid, type SourceProfile } from '@observatory/core';
import type { ImportedParcelRow } from '../../repositories/land-parcel-import.repository.ts';

const TENURE_OF_MEASURE: Record<string, ImportedParcelRow['tenure']> = {
  land_own: 'own',
  land_rented_in: 'rented_in',
  land_rented_out: 'rented_out',
};

export type ParcelOfRow = Omit<ImportedParcelRow, 'batchId' | 'enterpriseId' | 'reportingUnitId'> & { uscc: string };

/**
 * One parcel per data row that names a certificate, a known 用地类型 and an area. Rows the observation path
 * refused make the file rejected before this is used, so nothing here reports issues.
 */
export function landParcelsOfTable(
  grid: SheetGrid,
  table: DetectedTable,
  profile: SourceProfile,
  year: number,
): ParcelOfRow[] {
  const keyOf = (role: string) => profile.columns.find((column) => column.role === role)?.key ?? '';
  const [certificateKey, selectorKey, areaKey] = [
    keyOf('account_number'),
    keyOf('measure_selector'),
    keyOf('measure_current'),
  ];
  const selector = profile.columns.find((column) => column.key === selectorKey)?.measureByText ?? {};
  return extractRegisterRows(grid, table, profile).rows.flatMap((row) => {
    const certificate = row.fields[certificateKey];
    const tenureText = row.fields[selectorKey];
    const area = row.fields[areaKey];
    const tenure =
      typeof tenureText === 'string' ? TENURE_OF_MEASURE[selector[tenureText.replace(/\s+/g, '')] ?? ''] : undefined;
    if (row.uscc === null || typeof certificate !== 'string' || tenure === undefined || typeof area !== 'number')
      return [];
    return [
      {
        uscc: row.uscc,
        sheetRow: row.sheetRow,
        certificateNo: certificate,
        tenure,
        areaMu: area,
        validFrom: `${year}-01-01`,
        validTo: `${year}-12-31`,
      },
    ];
  });
}
