/**
 * The calibration section of manifest.json: each published figure with the value the generated microdata
 * give, recomputed from the model after calibration (sums of 本年累计 over the 规上 firms in the file, in 元).
 * Shares and growth rates are percentages; firm counts are 家. This file: the city in 2023 1–5月 and textiles
 * in 2024 1–10月; the cluster figures of single counties and years are in calibration-report-clusters.ts.
 */
import { clusterEntries } from './calibration-report-clusters.ts';
import { percent, reportTools, yi, type CalibrationEntry } from './calibration-tools.ts';
import type { DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { CITY_2023_JAN_MAY as CITY, TEXTILE_2024_JAN_OCT as TEXTILE } from './published-figures.ts';

export type { CalibrationEntry } from './calibration-tools.ts';

export function calibrationReport(model: DemoModel): CalibrationEntry[] {
  const entries: CalibrationEntry[] = [];
  const tools = reportTools(model, entries);
  const { sum, inSpan, add } = tools;
  const { catalogues } = model;
  if (inSpan(CITY.year)) {
    const period = `${CITY.year}年1-${CITY.toMonth}月`;
    const city = sum(CITY.year, CITY.toMonth, 'output', () => true);
    const n135 = sum(CITY.year, CITY.toMonth, 'output', (f) => catalogues.inSystem('jiaxing-135n', f.code, CITY.year));
    const sanda = sum(CITY.year, CITY.toMonth, 'output', (f) => catalogues.inSystem('sanda', f.code, CITY.year));
    const base = { measure: 'industrial_output', period, unit: null, cluster: null };
    add({ ...base, figure: '全市规上工业总产值', system: null, expected: yi(CITY.cityOutputYi), generated: city });
    add({
      ...base,
      figure: '“135N”集群规上工业总产值（示例目录，各集群合计）',
      system: 'jiaxing-135n',
      expected: yi(CITY.n135OutputYi),
      generated: n135,
    });
    add({
      ...base,
      figure: '“135N”集群占全市比重',
      system: 'jiaxing-135n',
      measure: 'share_of_city_output',
      expected: CITY.n135SharePercent,
      generated: percent(n135, city),
      valueUnit: '%',
    });
    add({
      ...base,
      figure: '三大传统优势产业集群规上工业总产值',
      system: 'sanda',
      expected: yi(CITY.sandaOutputYi),
      generated: sanda,
    });
    add({
      ...base,
      figure: '三大传统优势产业集群占全市比重',
      system: 'sanda',
      measure: 'share_of_city_output',
      expected: CITY.sandaSharePercent,
      generated: percent(sanda, city),
      valueUnit: '%',
    });
    add({
      ...base,
      figure: '全市规上工业增加值',
      system: null,
      measure: 'value_added',
      expected: yi(CITY.cityValueAddedYi),
      generated: sum(CITY.year, CITY.toMonth, 'valueAdded', () => true),
    });
  }
  if (inSpan(TEXTILE.year)) {
    const textile = (f: DemoFirm) => catalogues.inCluster(TEXTILE.system, TEXTILE.cluster, f.code, TEXTILE.year);
    const current = sum(TEXTILE.year, TEXTILE.toMonth, 'output', textile);
    const previous = sum(TEXTILE.year, TEXTILE.toMonth, 'output', textile, TEXTILE.year - 1);
    const base = {
      system: TEXTILE.system,
      cluster: TEXTILE.cluster,
      unit: null,
      period: `${TEXTILE.year}年1-${TEXTILE.toMonth}月`,
    };
    add({
      ...base,
      figure: '现代纺织服装产业规上工业总产值',
      measure: 'industrial_output',
      expected: yi(TEXTILE.outputYi),
      generated: current,
    });
    add({
      ...base,
      figure: '现代纺织服装产业规上工业总产值同比增速（可比口径）',
      measure: 'industrial_output_growth',
      expected: TEXTILE.growth * 100,
      generated: (current / previous - 1) * 100,
      valueUnit: '%',
      note: 'Σ本年累计 / Σ上年同期 − 1；以千元为最小单位，无法恰为 8.3 %，误差小于 1e-6 个百分点 (whole 千元 cannot make it exactly 0.083)',
    });
  }
  clusterEntries(tools);
  return entries;
}
