/**
 * A small, hand-checked 亩均 scenario on the real import path: a test scheme (one 规上 group, 亩均税收 against a
 * fixed base of 10万元/亩 with weight 100, firms on one parcel merged, classes 25/70/95 %, two levers with rates
 * per 亩) written to a temporary folder, 2023 tax from a 税务 CSV (万元), years and parcels through the services.
 * Rated units and their scores: P 300 (A), Q 200, R 100, U+V merged 60 (B), S 50 (C), T 20 (D); W is not
 * producing and X has no land (unrated), Y is 规下 (excluded: no group).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { addLandParcel } from '../../src/services/enterprise/add-land-parcel.ts';
import { recordEnterpriseYear } from '../../src/services/enterprise/record-enterprise-year.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

export const scenarioYear = 2023;
export const schemeId = 'test-city-2023';

/** USCCs avoid I, O, S, V, Z: firms are numbered. */
const firm = (letter: string) => makeUscc('330402', `MA3E00${String('PQRSTUVWXY'.indexOf(letter)).padStart(2, '0')}`);
/** Letter → [tax 万元, own 亩, rented in 亩, rented out 亩, parcel, 规上, in production]. */
export const firms = {
  P: { uscc: firm('P'), tax: 300, land: [['P-1', 'own', 10]], aboveScale: true, inProduction: true },
  Q: { uscc: firm('Q'), tax: 200, land: [['Q-1', 'own', 10]], aboveScale: true, inProduction: true },
  R: { uscc: firm('R'), tax: 100, land: [['R-1', 'own', 10]], aboveScale: true, inProduction: true },
  S: { uscc: firm('S'), tax: 50, land: [['S-1', 'own', 10]], aboveScale: true, inProduction: true },
  T: { uscc: firm('T'), tax: 20, land: [['T-1', 'own', 10]], aboveScale: true, inProduction: true },
  U: {
    uscc: firm('U'),
    tax: 40,
    land: [
      ['UV-1', 'own', 10],
      ['UV-1', 'rented_out', 4],
    ],
    aboveScale: true,
    inProduction: true,
  },
  V: { uscc: firm('V'), tax: 20, land: [['UV-1', 'rented_in', 4]], aboveScale: true, inProduction: true },
  W: { uscc: firm('W'), tax: 10, land: [['W-1', 'own', 10]], aboveScale: true, inProduction: false },
  X: { uscc: firm('X'), tax: 30, land: [], aboveScale: true, inProduction: true },
  Y: { uscc: firm('Y'), tax: 5, land: [['Y-1', 'own', 2]], aboveScale: false, inProduction: true },
} as const satisfies Record<
  string,
  {
    uscc: string;
    tax: number;
    land: readonly (readonly [string, 'own' | 'rented_in' | 'rented_out', number])[];
    aboveScale: boolean;
    inProduction: boolean;
  }
>;
export type Letter = keyof typeof firms;

/** The test scheme for a data year; `rectificationYears` years under the floor make a candidate. */
export const schemeYaml = (year = scenarioYear, rectificationYears = 1) => `
format: observatory/evaluation-scheme@1
id: test-city-${year}
version: 1
year: ${year}
name: { zh: 测试市${year}年度亩均评价, en: test city per-mu evaluation ${year} }
region: "330400"
sources: [{ title: 测试方案 (test scheme), note: evaluation-scenario.ts }]
merge: { sharedParcels: true }
rounding: { scoreDecimals: null, totalDecimals: 2, mode: half_up }
classes:
  - { id: A, name: { zh: 优先发展类, en: priority } }
  - { id: B, name: { zh: 鼓励提升类, en: encouraged } }
  - { id: C, name: { zh: 调控帮扶类, en: assisted } }
  - { id: D, name: { zh: 倒逼整治类, en: forced rectification } }
unrated:
  - { id: not-in-production, when: { inProduction: false }, reason: { zh: 尚未投产, en: not yet producing } }
  - id: no-land
    when: { any: [{ missing: land_net }, { quantity: land_net, atMost: 0 }] }
    reason: { zh: 无用地数据, en: no land data }
groups:
  - id: above-scale
    name: { zh: 规上工业企业, en: above-scale }
    members: { aboveScale: true }
    indicators:
      - id: tax_per_mu
        name: { zh: 亩均税收, en: tax per mu }
        numerator: evaluation_tax
        denominator: land_net
        unit: { numerator: ten_thousand_yuan, denominator: mu }
        weight: 100
        scoring: { method: ratio, baseline: { kind: fixed, value: 10 } }
        missing: { policy: zero }
    classification:
      method: percentile
      within: group
      cutoffs: [{ class: A, upTo: 0.25 }, { class: B, upTo: 0.7 }, { class: C, upTo: 0.95 }, { class: D, upTo: 1 }]
      countRounding: floor
      ties: { policy: favourable }
    rectification: { taxPerMuFloor: 100000, years: ${rectificationYears}, classes: [D] }
levers:
  - id: land-tax-relief
    name: { zh: 城镇土地使用税减免, en: land-use tax relief }
    kind: land_use_tax_relief
    direction: benefit
    classes: [A, B]
    rate: { basis: land_net, amountUnit: yuan, steps: [{ fromConsecutiveYears: 1, value: 4 }] }
  - id: surcharge
    name: { zh: 差别化加价, en: surcharge }
    kind: power_surcharge
    direction: charge
    classes: [D]
    rate: { basis: land_net, amountUnit: yuan, steps: [{ fromConsecutiveYears: 1, value: 100 }, { fromConsecutiveYears: 2, value: 200 }] }
`;

/** A folder holding the test scheme of each given year (2023 by default). */
export function writeSchemeDir(
  schemes: readonly { year: number; rectificationYears?: number }[] = [{ year: scenarioYear }],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'observatory-evaluation-'));
  for (const { year, rectificationYears } of schemes)
    writeFileSync(join(dir, `test-city-${year}.yaml`), schemeYaml(year, rectificationYears));
  return dir;
}

export function taxFile(year = scenarioYear, letters: readonly Letter[] = Object.keys(firms) as Letter[]): Uint8Array {
  const lines = [
    `嘉兴市${year}年企业税收`,
    '单位：万元',
    '统一社会信用代码,纳税人名称,县（市、区）,实缴税金',
    ...letters.map((letter) => `${firms[letter].uscc},测试企业${letter},南湖区,${firms[letter].tax}`),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Imports the tax file of a year (creating the firms), then records their years and (once) their parcels. */
export async function loadEvaluationScenario(
  database: Database,
  { year = scenarioYear, parcels = true }: { year?: number; parcels?: boolean } = {},
): Promise<void> {
  const result = await importFile(database, {
    bytes: taxFile(year),
    fileName: `税收${year}.csv`,
    actor: 'test:evaluation',
    createEnterprises: true,
  });
  expect(result.status, JSON.stringify(result.issues.slice(0, 3))).toBe('committed');
  for (const info of Object.values(firms)) {
    await recordEnterpriseYear(database.db, {
      uscc: info.uscc,
      year,
      industryCode: '1711',
      aboveScale: info.aboveScale,
      inProduction: info.inProduction,
    });
    if (parcels)
      for (const [certificateNo, tenure, area] of info.land)
        await addLandParcel(database.db, { uscc: info.uscc, certificateNo, tenure, area, areaUnit: '亩' });
  }
}
