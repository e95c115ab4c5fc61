/**
 * The evaluation input of a data year, from the store: every enterprise with a year record or an observation in
 * the year (identity, latest name, reporting unit, GB/T 4754 class, 规上 and 在产 flags), its measures in canonical
 * units from the current observations — the annual value (month 0), else December for cumulative and stock
 * measures, else for month-value measures (用电量) the exact sum of all twelve months (fewer months: missing,
 * never a partial sum) — and the land parcels valid in the year. Land measures come from the land import's
 * observations; an enterprise without any is given the areas of its registered parcels per tenure. Its evidence
 * facts are the year's facts that are not retracted (evaluation_fact; the document number as the fact's id), so
 * a run's input digest covers them.
 */
import {
  MEASURES,
  netLandArea,
  sumDecimals,
  type EvaluationEnterprise,
  type EvaluationInput,
  type EvidenceFact,
  type LandTenure,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  listEvaluationEnterprises,
  listEvaluationFacts,
  listEvaluationObservations,
  listEvaluationParcels,
} from '../../repositories/evaluation-input.repository.ts';

const kindOf = new Map(MEASURES.map((measure) => [measure.code, measure.kind]));
const monthValueMeasures = MEASURES.filter((measure) => measure.kind === 'monthly').map((measure) => measure.code);
const landMeasure: Record<LandTenure, string> = {
  own: 'land_own',
  rented_in: 'land_rented_in',
  rented_out: 'land_rented_out',
};

type MonthValues = Map<number, string>;

function yearValue(measure: string, months: MonthValues): number | null {
  const annual = months.get(0) ?? null;
  if (annual !== null) return Number(annual);
  const kind = kindOf.get(measure);
  if (kind === 'monthly') {
    const values = Array.from({ length: 12 }, (_, i) => months.get(i + 1));
    return values.every((value) => value !== undefined) ? Number(sumDecimals(values as string[])) : null;
  }
  const december = months.get(12);
  return december === undefined ? null : Number(december);
}

export async function buildEvaluationInput(db: Kysely<DatabaseSchema>, year: number): Promise<EvaluationInput> {
  const [enterprises, observations, parcels, facts] = await Promise.all([
    listEvaluationEnterprises(db, year),
    listEvaluationObservations(db, year, monthValueMeasures),
    listEvaluationParcels(db, year),
    listEvaluationFacts(db, year),
  ]);
  const values = new Map<number, Map<string, MonthValues>>();
  for (const row of observations) {
    const measures = values.get(row.enterprise_id) ?? new Map<string, MonthValues>();
    const months = measures.get(row.measure) ?? new Map<number, string>();
    months.set(row.period_month, row.value);
    measures.set(row.measure, months);
    values.set(row.enterprise_id, measures);
  }
  const factsOf = new Map<number, EvidenceFact[]>();
  for (const fact of facts) {
    const list = factsOf.get(fact.enterprise_id) ?? [];
    list.push({
      tag: fact.tag,
      id: fact.ref,
      count: fact.count,
      date: fact.fact_date,
      source: fact.source,
      note: fact.note,
    });
    factsOf.set(fact.enterprise_id, list);
  }
  const parcelsOf = new Map<number, typeof parcels>();
  for (const parcel of parcels)
    parcelsOf.set(parcel.enterprise_id, [...(parcelsOf.get(parcel.enterprise_id) ?? []), parcel]);

  const result: EvaluationEnterprise[] = enterprises.map((enterprise) => {
    const measures: Record<string, number | null> = {};
    for (const [measure, months] of values.get(enterprise.id) ?? []) measures[measure] = yearValue(measure, months);
    const own = parcelsOf.get(enterprise.id) ?? [];
    const hasLandObservation = Object.values(landMeasure).some((code) => code in measures);
    if (!hasLandObservation)
      for (const tenure of Object.keys(landMeasure) as LandTenure[]) {
        const ofTenure = own
          .filter((parcel) => parcel.tenure === tenure)
          .map((parcel) => ({
            tenure,
            areaMu: Number(parcel.area_mu),
            validFrom: parcel.valid_from,
            validTo: parcel.valid_to,
          }));
        if (ofTenure.length === 0) continue;
        const area = netLandArea(ofTenure, year);
        measures[landMeasure[tenure]] =
          tenure === 'own' ? area.ownMu : tenure === 'rented_in' ? area.rentedInMu : area.rentedOutMu;
      }
    return {
      enterpriseId: String(enterprise.id),
      uscc: enterprise.uscc,
      name: enterprise.name ?? enterprise.uscc,
      reportingUnitId: enterprise.reporting_unit_id,
      industryCode: enterprise.industry_code,
      aboveScale: enterprise.above_scale,
      inProduction: enterprise.in_production,
      measures,
      parcels: own.map((parcel) => parcel.certificate_no),
      facts: factsOf.get(enterprise.id) ?? [],
    };
  });
  return { year, enterprises: result };
}
