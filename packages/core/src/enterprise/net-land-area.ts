/**
 * The land an enterprise uses, in 亩 (DOMAIN.md §4): own land + land rented in − land rented out. Only
 * parcels valid in the given year count. Areas add up in thousandths of a 亩 to avoid float drift.
 */
export type LandTenure = 'own' | 'rented_in' | 'rented_out';

export interface ParcelArea {
  tenure: LandTenure;
  areaMu: number;
  /** YYYY-MM-DD or null for open-ended. */
  validFrom: string | null;
  validTo: string | null;
}

export interface NetLandArea {
  ownMu: number;
  rentedInMu: number;
  rentedOutMu: number;
  netMu: number;
  parcels: number;
}

function validInYear(parcel: ParcelArea, year: number): boolean {
  const from = parcel.validFrom === null ? -Infinity : Number(parcel.validFrom.slice(0, 4));
  const to = parcel.validTo === null ? Infinity : Number(parcel.validTo.slice(0, 4));
  return from <= year && year <= to;
}

const toMilli = (mu: number) => Math.round(mu * 1000);

export function netLandArea(parcels: readonly ParcelArea[], year: number): NetLandArea {
  const totals: Record<LandTenure, number> = { own: 0, rented_in: 0, rented_out: 0 };
  let counted = 0;
  for (const parcel of parcels) {
    if (!validInYear(parcel, year)) continue;
    if (!Number.isFinite(parcel.areaMu) || parcel.areaMu < 0)
      throw new RangeError(`地块面积无效 ${parcel.areaMu} (invalid parcel area)`);
    totals[parcel.tenure] += toMilli(parcel.areaMu);
    counted++;
  }
  return {
    ownMu: totals.own / 1000,
    rentedInMu: totals.rented_in / 1000,
    rentedOutMu: totals.rented_out / 1000,
    netMu: (totals.own + totals.rented_in - totals.rented_out) / 1000,
    parcels: counted,
  };
}
