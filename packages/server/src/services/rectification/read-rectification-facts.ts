/**
 * The stored facts the data rules read, per firm and year (the evaluation's own input of each year, so the same
 * values the 亩均 evaluation uses): 规上 or not (a firm missing from a loaded 规上 list is 规下), 评价税收 (tax paid + export credit + refunds, 元), net land (own +
 * rented in − rented out, 亩), energy (吨标煤) and value added (annual report, else cumulative; 元); and each firm's
 * final class in the latest published evaluation run of the last year.
 */
import type {
  EvaluationEnterprise,
  EvaluationInput,
  RectificationFirmFacts,
  RectificationFirmYear,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationRunRecords } from '../../repositories/evaluation.repository.ts';
import { buildEvaluationInput } from '../evaluation/build-evaluation-input.ts';
import { finalClassesOf } from '../evaluation/class-history.ts';
import { listDataPeriods } from '../statistics/refresh-statistics.ts';

function sumOf(measures: Record<string, number | null>, terms: readonly [string, 1 | -1][], required?: string) {
  if (required !== undefined && (measures[required] ?? null) === null) return null;
  const present = terms.filter(([code]) => (measures[code] ?? null) !== null);
  if (present.length === 0) return null;
  return present.reduce((total, [code, sign]) => total + sign * measures[code]!, 0);
}

/**
 * One firm's facts of one year. 规上 or not: the firm's flag, else — when the statistics bureau's 规上 list of the
 * year is loaded (`aboveScaleListed`) — 规下, since that list names every 规上 firm; else unknown (the rules skip it).
 */
export function yearOf(
  enterprise: EvaluationEnterprise,
  year: number,
  aboveScaleListed: boolean,
): RectificationFirmYear {
  const m = enterprise.measures;
  return {
    year,
    aboveScale: enterprise.aboveScale ?? (aboveScaleListed ? false : null),
    taxYuan: sumOf(
      m,
      [
        ['tax_paid', 1],
        ['tax_export_credit', 1],
        ['tax_refund', 1],
      ],
      'tax_paid',
    ),
    landMu: sumOf(m, [
      ['land_own', 1],
      ['land_rented_in', 1],
      ['land_rented_out', -1],
    ]),
    energyTce: m['energy_consumption'] ?? null,
    valueAddedYuan: m['annual_value_added'] ?? m['value_added'] ?? null,
  };
}

/** The published run of the year (the latest published), if any. */
export async function publishedRunOfYear(db: Kysely<DatabaseSchema>, year: number) {
  const [run] = await listEvaluationRunRecords(db, { status: 'published', year });
  return run ?? null;
}

/** Facts of `years` years ending with `year`, for every firm with a record in the last year. */
export async function readRectificationFacts(
  db: Kysely<DatabaseSchema>,
  year: number,
  years = 3,
): Promise<RectificationFirmFacts[]> {
  const inputs: EvaluationInput[] = [];
  for (let y = year - years + 1; y <= year; y++) inputs.push(await buildEvaluationInput(db, y));
  const run = await publishedRunOfYear(db, year);
  const classes = run ? await finalClassesOf(db, run.id) : {};
  const listedYears = new Set((await listDataPeriods(db)).map((period) => period.year));
  const latest = inputs.at(-1)!;
  const byYear = inputs.map((input) => new Map(input.enterprises.map((e) => [e.uscc, e])));
  return latest.enterprises.map((enterprise) => ({
    uscc: enterprise.uscc,
    name: enterprise.name,
    reportingUnitId: enterprise.reportingUnitId,
    classId: classes[enterprise.enterpriseId] ?? null,
    years: inputs.flatMap((input, index) => {
      const found = byYear[index]!.get(enterprise.uscc);
      return found ? [yearOf(found, input.year, listedYears.has(input.year))] : [];
    }),
  }));
}
