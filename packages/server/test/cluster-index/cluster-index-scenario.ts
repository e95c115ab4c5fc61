/**
 * A small cluster-index scenario on the real import path: 三大's three clusters with two 规上 firms each
 * (textile 1711, fine chemicals 2631, smart home 3851), monthly reports for 2023-12 and 2024-12 (output with
 * 上年同期, energy), tax and land files for both years, and a test definition over them (system sanda, base
 * year 2023): scale (output, weight 2), growth (comparable output growth, difference rule), efficiency (亩均税收),
 * green (energy per 万元 output, less is better) and quality (firms ≥ 1亿 output, and a pool count without a
 * register), min-max 0–100 and a weighted arithmetic mean. The firm figures are exported so that the tests
 * recompute the index by hand.
 */
import { expect } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import type { Database } from '../../src/db/database.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { refreshAfterImport } from '../../src/services/statistics/refresh-after-import.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

export const clusterOf = { T: 'sanda-textile-apparel', C: 'sanda-fine-chemicals', H: 'sanda-smart-home' } as const;
type ClusterLetter = keyof typeof clusterOf;

interface FirmYear {
  /** 工业总产值 1–12月 and its 上年同期, 万元. */
  output: number;
  outputBase: number;
  /** 综合能源消费量, 吨标煤. */
  energy: number;
  /** 实缴税金, 万元. */
  tax: number;
}

interface Firm {
  uscc: string;
  cluster: ClusterLetter;
  industry: string;
  unit: string;
  /** 亩 by tenure (the same both years). */
  land: { own?: number; rentedIn?: number; rentedOut?: number };
  years: Record<2023 | 2024, FirmYear>;
}

const uscc = (n: number) => makeUscc('330402', `MA5C00${String(n).padStart(2, '0')}`);

export const firms: Record<string, Firm> = {
  T1: {
    uscc: uscc(1),
    cluster: 'T',
    industry: '1711',
    unit: '桐乡市',
    land: { own: 100 },
    years: {
      2023: { output: 70000, outputBase: 65000, energy: 7500, tax: 1800 },
      2024: { output: 80000, outputBase: 70000, energy: 8000, tax: 2000 },
    },
  },
  T2: {
    uscc: uscc(2),
    cluster: 'T',
    industry: '1711',
    unit: '海宁市',
    land: { own: 20 },
    years: {
      2023: { output: 5000, outputBase: 4800, energy: 1000, tax: 100 },
      2024: { output: 5000, outputBase: 5000, energy: 1000, tax: 100 },
    },
  },
  C1: {
    uscc: uscc(3),
    cluster: 'C',
    industry: '2631',
    unit: '平湖市',
    land: { own: 200 },
    years: {
      2023: { output: 120000, outputBase: 110000, energy: 55000, tax: 4000 },
      2024: { output: 150000, outputBase: 120000, energy: 60000, tax: 5000 },
    },
  },
  C2: {
    uscc: uscc(4),
    cluster: 'C',
    industry: '2631',
    unit: '平湖市',
    land: { own: 50, rentedOut: 10 },
    years: {
      2023: { output: 22000, outputBase: 21000, energy: 9500, tax: 420 },
      2024: { output: 20000, outputBase: 22000, energy: 9000, tax: 400 },
    },
  },
  H1: {
    uscc: uscc(5),
    cluster: 'H',
    industry: '3851',
    unit: '嘉善县',
    land: { own: 60 },
    years: {
      2023: { output: 25000, outputBase: 20000, energy: 1400, tax: 800 },
      2024: { output: 30000, outputBase: 25000, energy: 1500, tax: 900 },
    },
  },
  H2: {
    uscc: uscc(6),
    cluster: 'H',
    industry: '3851',
    unit: '嘉善县',
    land: { rentedIn: 20 },
    years: {
      2023: { output: 8000, outputBase: 7000, energy: 600, tax: 150 },
      2024: { output: 9000, outputBase: 8000, energy: 600, tax: 150 },
    },
  },
};

const encode = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

export function monthlyReport(
  year: 2023 | 2024,
  energyOf: (name: string) => number = (name) => firms[name]!.years[year].energy,
) {
  return encode([
    `嘉兴市${year}年1-12月规模以上工业企业主要经济指标`,
    '统一社会信用代码,企业名称,县（市、区）,行业代码,工业总产值本年累计（万元）,工业总产值上年同期（万元）,综合能源消费量本年累计（吨标煤）',
    ...Object.entries(firms).map(([name, firm]) => {
      const figures = firm.years[year];
      return `${firm.uscc},测试企业${name},${firm.unit},${firm.industry},${figures.output},${figures.outputBase},${energyOf(name)}`;
    }),
  ]);
}

const taxFile = (year: 2023 | 2024) =>
  encode([
    `嘉兴市${year}年企业税收`,
    '单位：万元',
    '统一社会信用代码,纳税人名称,县（市、区）,实缴税金',
    ...Object.entries(firms).map(([name, firm]) => `${firm.uscc},测试企业${name},${firm.unit},${firm.years[year].tax}`),
  ]);

const landFile = (year: 2023 | 2024) =>
  encode([
    `嘉兴市${year}年企业用地`,
    '统一社会信用代码,企业名称,县（市、区）,用地类型,面积（亩）',
    ...Object.entries(firms).flatMap(([name, firm]) =>
      (
        [
          ['自有', firm.land.own],
          ['租入', firm.land.rentedIn],
          ['租出', firm.land.rentedOut],
        ] as const
      )
        .filter(([, area]) => area !== undefined)
        .map(([tenure, area]) => `${firm.uscc},测试企业${name},${firm.unit},${tenure},${area}`),
    ),
  ]);

export async function importScenarioFile(database: Database, fileName: string, bytes: Uint8Array): Promise<void> {
  const result = await importFile(database, { bytes, fileName, actor: 'test:cluster-index', createEnterprises: true });
  expect(result.status, JSON.stringify(result.issues.slice(0, 3))).toBe('committed');
  await refreshAfterImport(database.db, result);
}

/** The registry and every file of both years. */
export async function loadClusterIndexScenario(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  await importClusterIndexFiles(database);
}

/** Every file of both years (the registry must be loaded). */
export async function importClusterIndexFiles(database: Database): Promise<void> {
  for (const year of [2023, 2024] as const) {
    await importScenarioFile(database, `规上工业${year}-12.csv`, monthlyReport(year));
    await importScenarioFile(database, `税收${year}.csv`, taxFile(year));
    await importScenarioFile(database, `用地${year}.csv`, landFile(year));
  }
}

/** The test definition (YAML); `version` and the scale weight vary for the versioning tests. */
export const testDefinitionYaml = ({ version = 1, scaleWeight = 2 } = {}) => `
format: observatory/cluster-index@1
id: test-cluster-index
version: ${version}
validFrom: 2023
name: { zh: 测试集群指数, en: test cluster index }
system: sanda
clusterLevel: 1
baseYear: 2023
dimensions:
  - id: scale
    name: { zh: 规模, en: scale }
    weight: ${scaleWeight}
    indicators:
      - { id: output, name: { zh: 产值, en: output }, unit: 亿元, scale: 1.0e-8, source: { kind: cluster_cumulative, measure: industrial_output } }
  - id: growth
    name: { zh: 增长, en: growth }
    weight: 1
    indicators:
      - { id: output_growth, name: { zh: 增速, en: growth }, unit: '%', seriesRule: difference, source: { kind: comparable_growth, measure: industrial_output } }
  - id: efficiency
    name: { zh: 亩均, en: per mu }
    weight: 1
    indicators:
      - { id: tax_per_mu, name: { zh: 亩均税收, en: tax per mu }, scale: 1.0e-4, source: { kind: per_mu, numerator: tax_paid } }
  - id: green
    name: { zh: 绿色, en: green }
    weight: 1
    indicators:
      - { id: energy_per_output, name: { zh: 单位产值能耗, en: energy per output }, direction: -1, scale: 1.0e+4, source: { kind: ratio, numerator: energy_consumption, denominator: industrial_output } }
  - id: quality
    name: { zh: 企业质量, en: quality }
    weight: 1
    indicators:
      - { id: firms_over_100m, name: { zh: 超亿元企业, en: firms over 1e8 }, source: { kind: firm_count_over, measure: industrial_output, threshold: 1.0e+8 } }
      - { id: little_giants, name: { zh: 小巨人, en: little giants }, source: { kind: pool_count, pool: 小巨人 } }
steps:
  - step: normalise
    method: { type: min-max, range: [0, 100] }
  - step: aggregate
    method: arithmetic-mean
`;
