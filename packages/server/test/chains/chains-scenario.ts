/**
 * A small chain scenario imported through the normal import path: one 规上 monthly report (2024年1-3月, 万元) of
 * eight firms on the 差别化纤维 chain's codes. Polyester (2822) has five firms of 120亿 each (strong: ≥ 5 firms and
 * ≥ 50亿), monomers (2614) and weaving (1751) one firm each (weak), X (3311) is on no link; refining, nylon,
 * bio-fibre and knitting have no firm (missing). Three polyester firms are in 桐乡, two in 海宁.
 */
import type { Database } from '../../src/db/database.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';
import { loadReport } from '../statistics/statistics-scenario.ts';

const firm = (tag: string, area: string) => makeUscc(area, `MA2C00${tag}`);
const unitNames: Record<string, string> = { '330483': '桐乡市', '330481': '海宁市', '330402': '南湖区' };

/** letter → USCC, unit, industry code, 1-3月 output in 万元. */
export const chainFirms = {
  P1: { uscc: firm('P1', '330483'), unit: '330483', industry: '2822', wan: 1_200_000 },
  P2: { uscc: firm('P2', '330483'), unit: '330483', industry: '2822', wan: 1_200_000 },
  P3: { uscc: firm('P3', '330483'), unit: '330483', industry: '2822', wan: 1_200_000 },
  P4: { uscc: firm('P4', '330481'), unit: '330481', industry: '2822', wan: 1_200_000 },
  P5: { uscc: firm('P5', '330481'), unit: '330481', industry: '2822', wan: 1_200_000 },
  M1: { uscc: firm('M1', '330483'), unit: '330483', industry: '2614', wan: 50_000 },
  W1: { uscc: firm('W1', '330402'), unit: '330402', industry: '1751', wan: 8_000 },
  X1: { uscc: firm('X1', '330402'), unit: '330402', industry: '3311', wan: 3_000 },
} as const;

export const wan = 10_000;

function chainReport(): Uint8Array {
  const lines = [
    '嘉兴市2024年1-3月规模以上工业企业主要经济指标',
    '单位：万元',
    '统一社会信用代码,企业名称,县（市、区）,行业代码,工业总产值本年累计,工业总产值上年同期',
    ...Object.entries(chainFirms).map(
      ([tag, info]) => `${info.uscc},链上企业${tag},${unitNames[info.unit]},${info.industry},${info.wan},`,
    ),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Loads the registry and the report. */
export async function loadChainScenario(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  await loadReport(database, '2024-03.csv', chainReport());
}
