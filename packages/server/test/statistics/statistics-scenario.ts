/**
 * A small, hand-checked statistics scenario imported through the normal import path: 三大's registry and
 * monthly 规上 reports (CSV, 万元) for 2023-03, 2024-02 and 2024-03 of seven firms. Between the years firm C
 * leaves the 规上 set, D enters without a base and E's base is missing (derived from its 2023 value); F is a
 * fine-chemicals firm, G belongs to no 三大 cluster by its code. Expected 2024 1–3月 figures (万元): 现代纺织服装
 * 468 (A 110, B 240, D 30, E 88), base 380; city 815, base 750.
 */
import { expect } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import type { Database } from '../../src/db/database.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { refreshAfterImport } from '../../src/services/statistics/refresh-after-import.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

const firm = (letter: string, area: string) => makeUscc(area, `MA2T000${letter}`);
export const firms = {
  A: { uscc: firm('A', '330402'), unit: '南湖区', industry: '1711' },
  B: { uscc: firm('B', '330483'), unit: '桐乡市', industry: '1711' },
  C: { uscc: firm('C', '330481'), unit: '海宁市', industry: '1711' },
  D: { uscc: firm('D', '330483'), unit: '桐乡市', industry: '1711' },
  E: { uscc: firm('E', '330421'), unit: '嘉善县', industry: '1711' },
  F: { uscc: firm('F', '330400'), unit: '港区', industry: '2631' },
  G: { uscc: firm('G', '330402'), unit: '南湖区', industry: '3311' },
} as const;
type Letter = keyof typeof firms;

/** A 规上 monthly report: letter → [本年累计, 上年同期] in 万元 (null = blank). */
export function report(
  year: number,
  month: number,
  rows: Partial<Record<Letter, [number, number | null]>>,
): Uint8Array {
  const lines = [
    `嘉兴市${year}年1-${month}月规模以上工业企业主要经济指标`,
    '单位：万元',
    '统一社会信用代码,企业名称,县（市、区）,行业代码,工业总产值本年累计,工业总产值上年同期',
    ...Object.entries(rows).map(([letter, [value, base]]) => {
      const info = firms[letter as Letter];
      return `${info.uscc},测试企业${letter},${info.unit},${info.industry},${value},${base ?? ''}`;
    }),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Imports a report as the test actor (and refreshes the statistics as the CLI and API do); its batch id. */
export async function loadReport(database: Database, name: string, bytes: Uint8Array): Promise<number> {
  const result = await importFile(database, {
    bytes,
    fileName: name,
    actor: 'test:statistics',
    createEnterprises: true,
  });
  expect(result.status, JSON.stringify(result.issues.slice(0, 3))).toBe('committed');
  await refreshAfterImport(database.db, result);
  return result.batchId!;
}

/** Loads the registry and the three reports; the batch id of 2024-03. */
export async function loadScenario(database: Database): Promise<number> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  await loadReport(
    database,
    '2023-03.csv',
    report(2023, 3, { A: [100, 90], B: [200, 180], C: [50, 40], E: [80, 75], F: [300, 250], G: [70, 60] }),
  );
  await loadReport(
    database,
    '2024-02.csv',
    report(2024, 2, { A: [70, 65], B: [150, 130], D: [20, null], E: [55, null], F: [180, 200], G: [50, 45] }),
  );
  return loadReport(
    database,
    '2024-03.csv',
    report(2024, 3, { A: [110, 100], B: [240, 200], D: [30, null], E: [88, null], F: [270, 300], G: [77, 70] }),
  );
}
