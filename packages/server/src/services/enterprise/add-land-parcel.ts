/** Adds a land parcel (own, rented in or rented out) to an enterprise; areas arrive in any area unit and are stored in 亩. */
import { convertQuantity, findUnit, UnitConversionError } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';
import { insertLandParcel } from '../../repositories/enterprise.repository.ts';

export interface LandParcelInput {
  uscc: string;
  certificateNo: string;
  tenure: 'own' | 'rented_in' | 'rented_out';
  area: number | string;
  /** 亩, 平方米, 公顷 ... */
  areaUnit: string;
  counterpartUscc?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

export async function addLandParcel(db: Kysely<DatabaseSchema>, input: LandParcelInput): Promise<number> {
  const enterprise = await findEnterpriseOrFail(db, input.uscc);
  const unit = findUnit(input.areaUnit);
  if (!unit || unit.dimension !== 'area') {
    throw new AppError('validation_failed', `面积单位 ${input.areaUnit} 无法识别 (unknown area unit)`, [
      { path: 'areaUnit', message: 'unknown' },
    ]);
  }
  let areaMu: number;
  try {
    areaMu = convertQuantity(input.area, unit.code, 'mu');
  } catch (error) {
    if (error instanceof UnitConversionError)
      throw new AppError('validation_failed', error.message, [{ path: 'area', message: error.message }]);
    throw error;
  }
  if (areaMu < 0)
    throw new AppError('validation_failed', '面积不能为负 (area cannot be negative)', [
      { path: 'area', message: 'negative' },
    ]);
  return insertLandParcel(db, {
    enterpriseId: enterprise.id,
    reportingUnitId: enterprise.reporting_unit_id,
    certificateNo: input.certificateNo,
    tenure: input.tenure,
    areaMu: String(areaMu),
    counterpartUscc: input.counterpartUscc ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
  });
}
