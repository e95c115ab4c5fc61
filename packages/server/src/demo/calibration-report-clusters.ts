/**
 * Calibration entries of single clusters, counties and years: 桐乡's 415X textiles in 2022, PV in 2021 (五大
 * 光伏 sub-direction) and 平湖's automotive firms and output in the last year.
 */
import { unitNamed, yi, type ReportTools } from './calibration-tools.ts';
import type { DemoFirm } from './demo-firm.ts';
import { PINGHU_AUTO, pinghuAutoFirms, PV_2021, TONGXIANG_TEXTILE_2022 as TONGXIANG } from './published-figures.ts';

export function clusterEntries({ model, sum, inSpan, unitIs, add }: ReportTools): void {
  const { catalogues, firms, options } = model;
  if (inSpan(TONGXIANG.year)) {
    const keep = (f: DemoFirm) =>
      unitIs(TONGXIANG.unit)(f) && catalogues.inCluster(TONGXIANG.system, TONGXIANG.cluster, f.code, TONGXIANG.year);
    add({
      figure: '桐乡现代纺织与服装产业集群规上营业收入',
      system: TONGXIANG.system,
      cluster: TONGXIANG.cluster,
      unit: unitNamed(TONGXIANG.unit),
      measure: 'operating_revenue',
      period: `${TONGXIANG.year}年1-12月`,
      expected: yi(TONGXIANG.revenueYi),
      generated: sum(TONGXIANG.year, 12, 'revenue', keep),
    });
  }
  if (inSpan(PV_2021.year)) {
    const keep = (f: DemoFirm) => catalogues.inCluster(PV_2021.system, PV_2021.cluster, f.code, PV_2021.year);
    add({
      figure: '全市光伏产业规上工业总产值',
      system: PV_2021.system,
      cluster: PV_2021.cluster,
      unit: null,
      measure: 'industrial_output',
      period: `${PV_2021.year}年1-12月`,
      expected: yi(PV_2021.outputYi),
      generated: sum(PV_2021.year, 12, 'output', keep),
      note: '按“五大”光伏子方向（3825）；415X 智能光伏集群中 3825 与秀洲新星产业群重叠，需人工认定，故不采用',
    });
  }
  const year = options.toYear;
  const pinghu = (f: DemoFirm) =>
    unitIs(PINGHU_AUTO.unit)(f) && catalogues.inCluster(PINGHU_AUTO.system, PINGHU_AUTO.cluster, f.code, year);
  const base = { system: PINGHU_AUTO.system, cluster: PINGHU_AUTO.cluster, unit: unitNamed(PINGHU_AUTO.unit) };
  add({
    ...base,
    figure: '平湖汽车及零部件企业数（规上+规下）',
    measure: 'enterprise_count',
    period: `${year}年`,
    expected: pinghuAutoFirms(options.scale),
    generated: firms.filter((f) => f.status.has(year) && pinghu(f)).length,
    valueUnit: '家',
    note: `272 家按规模系数 ${options.scale} 缩放`,
  });
  add({
    ...base,
    figure: '平湖汽车及零部件规上工业总产值',
    measure: 'industrial_output',
    period: `${year}年1-12月`,
    expected: yi(PINGHU_AUTO.outputYi),
    generated: sum(year, 12, 'output', pinghu),
  });
}
