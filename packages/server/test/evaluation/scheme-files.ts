/** Test helpers: the shipped evaluation-scheme YAML files, parsed and checked, and the shared reference folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvaluationScheme, type EvaluationEnterprise, type ParsedEvaluationScheme } from '@observatory/core';
import { parse as parseYaml } from 'yaml';

export const schemeDir = fileURLToPath(new URL('../../data/evaluation-schemes/', import.meta.url));
export const referenceDir = fileURLToPath(new URL('../../../../../shared/reference/muyun_cn/', import.meta.url));
export const hasReference = existsSync(referenceDir);

export function schemeFileNames(): string[] {
  return readdirSync(schemeDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

export function readSchemeFile(name: string): ParsedEvaluationScheme {
  return parseEvaluationScheme(parseYaml(readFileSync(`${schemeDir}${name}`, 'utf8')));
}

export function loadScheme(name: string) {
  const { scheme, issues } = readSchemeFile(name);
  if (scheme === null) throw new Error(`${name}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return scheme;
}

export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(`${referenceDir}${file}`, 'utf8')) as T;
}

export function enterprise(
  id: string,
  measures: Record<string, number | null>,
  rest: Partial<EvaluationEnterprise> = {},
): EvaluationEnterprise {
  return {
    enterpriseId: id,
    uscc: '',
    name: id,
    reportingUnitId: '331003',
    industryCode: '2929',
    aboveScale: true,
    inProduction: true,
    measures,
    parcels: [],
    facts: [],
    ...rest,
  };
}

/** Indicator values of the 黄岩 2022 規上 formula (reference units) → measures in canonical units on `land` 亩. */
export function huangyanMeasures(
  values: {
    tax_per_mu: number;
    va_per_mu: number;
    va_per_energy: number;
    va_per_emission: number | null;
    labour_productivity: number;
    rd_ratio: number;
  },
  land = 10,
): Record<string, number | null> {
  const valueAdded = values.va_per_mu * 10000 * land;
  return {
    land_own: land,
    tax_paid: values.tax_per_mu * 10000 * land,
    annual_value_added: valueAdded,
    energy_consumption: valueAdded / (values.va_per_energy * 10000),
    cod: values.va_per_emission === null ? null : valueAdded / (values.va_per_emission * 10000),
    average_employees: valueAdded / (values.labour_productivity * 10000),
    main_business_revenue: 100_000_000,
    rd_expenditure: values.rd_ratio * 100_000_000,
  };
}
