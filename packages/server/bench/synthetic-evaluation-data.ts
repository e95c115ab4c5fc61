/**
 * Deterministic (seeded) yearly data for the 亩均 evaluation benchmark: N enterprises in Jiaxing's 9 reporting units
 * with GB/T 4754 classes (mostly manufacturing, some utilities), 规上 and 在产 flags, and the annual figures the
 * Zhejiang schemes read — 实缴税金 (+ 免抵调库, 退税), 营业收入, 主营业务收入, 工业增加值, 综合能耗, 用电量, COD /
 * SO2 / 氨氮 / NOx, 年平均从业人员, R&D, own / rented-in / rented-out land — in canonical units, with the gaps real
 * data has (no emissions or R&D reported, no land record, too little land). Written through the normal storage
 * tables by COPY: enterprises and names, enterprise-years, one committed batch per department with its observations.
 */
import { seededRandom } from '@observatory/core';
import type { Database } from '../src/db/database.ts';
import { copyEnterprisesWithNames, copyEnterpriseYears } from '../src/repositories/enterprise-bulk.repository.ts';
import { copyObservations, type ObservationSourceRow } from '../src/repositories/observation.repository.ts';
import { sql } from 'kysely';
import { benchUscc } from './synthetic-stats-csv.ts';

const UNITS = ['330402', '330411', '330421', '330424', '330481', '330482', '330483', 'jiaxing-etdz', 'jiaxing-port'];
/** Jiaxing's usual manufacturing classes (textiles, fibres, chemicals, PV, auto parts, electronics, machinery …). */
const MANUFACTURING = [
  '1711',
  '1752',
  '1810',
  '1951',
  '2110',
  '2231',
  '2614',
  '2651',
  '2927',
  '2822',
  '3130',
  '3311',
  '3484',
  '3670',
  '3825',
  '3856',
  '3971',
  '3982',
  '4011',
  '2661',
  '3360',
  '3441',
  '3473',
  '3522',
];
/** 火力发电, 燃气生产和供应, 自来水生产和供应, 污水处理: utilities, unrated by most schemes. */
const UTILITIES = ['4411', '4511', '4610', '4620'];

/** Department batches: the observations each one stores (all annual, month 0). */
const SOURCES: Record<string, readonly string[]> = {
  'bench-statistics-annual': [
    'operating_revenue',
    'main_business_revenue',
    'annual_value_added',
    'energy_consumption',
    'average_employees',
    'rd_expenditure',
  ],
  'bench-tax': ['tax_paid', 'tax_export_credit', 'tax_refund'],
  'bench-power': ['electricity'],
  'bench-environment': ['cod', 'so2', 'ammonia_nitrogen', 'nox'],
  'bench-land': ['land_own', 'land_rented_in', 'land_rented_out'],
};

export interface SyntheticEnterprise {
  uscc: string;
  reportingUnitId: string;
  industryCode: string;
  aboveScale: boolean;
  inProduction: boolean;
  /** Canonical units (元, 亩, 吨标煤, kWh, 当量吨, 人), as exact decimal text. */
  measures: Map<string, string>;
}

/** Normal deviate from two uniforms (Box–Muller); lognormal factors give the skew real firm data has. */
function lognormal(random: () => number, sigma: number): number {
  const u = Math.max(random(), 1e-12);
  return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random()));
}

export function syntheticEnterprises(count: number, seed: number): SyntheticEnterprise[] {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  return Array.from({ length: count }, (_, index) => {
    const aboveScale = chance(0.4);
    const industryCode = chance(0.02)
      ? UTILITIES[Math.floor(random() * UTILITIES.length)]!
      : MANUFACTURING[Math.floor(random() * MANUFACTURING.length)]!;
    const measures = new Map<string, string>();
    const put = (measure: string, value: number, decimals: number) => measures.set(measure, value.toFixed(decimals));
    // Land (亩): 规上 median ≈ 30, 规下 ≈ 6 (some under 3, out of the 规下 group); 2 % have no land record.
    const land = (aboveScale ? 30 : 6) * lognormal(random, 0.8);
    const hasLand = chance(0.98);
    if (hasLand) {
      put('land_own', land, 2);
      if (chance(0.2)) put('land_rented_in', land * 0.3 * random(), 2);
      if (chance(0.05)) put('land_rented_out', land * 0.2 * random(), 2);
    }
    // Money in 元: revenue ≈ 500万元/亩 (规下 200), tax ≈ 5 % of revenue, value added ≈ 22 %.
    const revenue = land * (aboveScale ? 5e6 : 2e6) * lognormal(random, 0.6);
    const valueAdded = revenue * 0.22 * lognormal(random, 0.3);
    if (chance(0.99)) put('tax_paid', revenue * 0.05 * lognormal(random, 0.5), 0);
    if (chance(0.15)) put('tax_export_credit', revenue * 0.01 * random(), 0);
    if (chance(0.1)) put('tax_refund', revenue * 0.004 * random(), 0);
    put('operating_revenue', revenue, 0);
    if (aboveScale) {
      put('main_business_revenue', revenue * (0.9 + 0.1 * random()), 0);
      put('annual_value_added', valueAdded, 0);
      if (chance(0.97)) put('energy_consumption', valueAdded / (2.7e4 * lognormal(random, 0.7)), 2);
      put('average_employees', Math.max(20, Math.round(valueAdded / (1.8e5 * lognormal(random, 0.4)))), 0);
      if (chance(0.7)) put('rd_expenditure', revenue * 0.03 * lognormal(random, 0.6), 0);
      // Emissions (当量吨): reported by three firms in four; value added per 当量吨 ≈ 5,000万元.
      if (chance(0.75)) {
        const emissions = valueAdded / (4.9e7 * lognormal(random, 0.8));
        put('cod', emissions * 0.4, 3);
        put('so2', emissions * 0.2, 3);
        put('ammonia_nitrogen', emissions * 0.1, 3);
        put('nox', emissions * 0.3, 3);
      }
    } else if (chance(0.8)) put('energy_consumption', valueAdded / (1.5e4 * lognormal(random, 0.7)), 2);
    // Power (kWh): tax per kWh ≈ 0.24 元; one firm in 20 without a metered total.
    const tax = Number(measures.get('tax_paid') ?? revenue * 0.05);
    if (chance(0.95)) put('electricity', tax / (0.24 * lognormal(random, 0.6)), 0);
    return {
      uscc: benchUscc(index),
      reportingUnitId: UNITS[index % UNITS.length]!,
      industryCode,
      aboveScale,
      inProduction: chance(0.975),
      measures,
    };
  });
}

/** Stores the enterprises and their year's data through the storage tables, by COPY in one transaction. */
export async function storeSyntheticYear(
  database: Database,
  year: number,
  enterprises: readonly SyntheticEnterprise[],
): Promise<void> {
  await database.bulkTransaction(async ({ db, copyRows }) => {
    const ids = await copyEnterprisesWithNames(
      db,
      copyRows,
      enterprises.map((e, i) => ({
        uscc: e.uscc,
        reportingUnitId: e.reportingUnitId,
        usccWarning: null,
        name: `评价基准测试企业${i}（演示）`,
        validFrom: `${year - 5}-01-01`,
      })),
    );
    await copyEnterpriseYears(
      db,
      copyRows,
      enterprises.map((e) => ({
        enterpriseId: ids.get(e.uscc)!,
        year,
        reportingUnitId: e.reportingUnitId,
        industryCode: e.industryCode,
        aboveScale: e.aboveScale,
        inProduction: e.inProduction,
      })),
    );
    await sql`insert into raw_file (sha256, size_bytes, content, first_name)
              values (repeat('0', 64), 0, ''::bytea, 'bench') on conflict do nothing`.execute(db);
    for (const [profile, codes] of Object.entries(SOURCES)) {
      const rows: ObservationSourceRow[] = enterprises.map((e, i) => ({
        enterpriseId: ids.get(e.uscc)!,
        reportingUnitId: e.reportingUnitId,
        sheetRow: i + 2,
        values: codes
          .filter((code) => e.measures.has(code))
          .map((code) => ({ measure: code, value: Number(e.measures.get(code)), base: null })),
      }));
      const { id } = await db
        .insertInto('import_batch')
        .values({
          source_profile: profile,
          period_year: year,
          period_month: 0,
          file_sha256: '0'.repeat(64),
          file_name: `${profile}-${year}.csv`,
          status: 'committed',
          rows_total: rows.length,
          rows_accepted: rows.length,
          rows_rejected: 0,
          errors: 0,
          warnings: 0,
          created_by: 'bench',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await copyObservations(copyRows, { batchId: id, periodYear: year, periodMonth: 0 }, rows);
      await db
        .insertInto('source_period_state')
        .values({ source_profile: profile, period_year: year, period_month: 0, current_batch_id: id, revision: 1 })
        .execute();
    }
  });
  await sql`analyze`.execute(database.db);
}
