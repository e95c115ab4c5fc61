/**
 * Brings the generated microdata onto the published figures (DOMAIN.md §2) exactly, in an order where no
 * step undoes another: each step touches its own firms, year, months or measure. Group membership comes
 * from the registry's catalogues (cluster-catalogues.ts), as the platform will derive it. Steps whose year
 * lies outside the generated span are skipped.
 */
import type { ClusterCatalogues } from './cluster-catalogues.ts';
import { isAbove, type DemoFirm } from './demo-firm.ts';
import { hitGroupTotal, type FirmYear, type GroupTarget } from './hit-group-total.ts';
import type { MonthlyMeasure, MonthlyStore } from './monthly-store.ts';
import {
  CITY_2023_JAN_MAY as CITY,
  PINGHU_AUTO,
  PV_2021,
  TEXTILE_2024_JAN_OCT as TEXTILE,
  textileBaseTarget,
  TONGXIANG_TEXTILE_2022 as TONGXIANG,
  yiToThousandYuan,
} from './published-figures.ts';
import { DEMO_UNITS } from './reporting-units.ts';

export interface CalibrationContext {
  firms: readonly DemoFirm[];
  store: MonthlyStore;
  catalogues: ClusterCatalogues;
  fromYear: number;
  toYear: number;
  progress: (message: string) => void;
}

const EXCEPT_OUTPUT: readonly MonthlyMeasure[] = ['revenue', 'valueAdded', 'profit', 'export', 'energy'];

export function calibrate(context: CalibrationContext): void {
  const { firms, store, catalogues: catalogue, fromYear, toYear } = context;
  const inSpan = (year: number) => year >= fromYear && year <= toYear;
  const cells = (year: number, keep: (firm: DemoFirm) => boolean, dataYear = year): FirmYear[] =>
    firms.filter((firm) => isAbove(firm, year) && keep(firm)).map((firm) => ({ firm: firm.index, year: dataYear }));
  const unitIs = (id: string) => (firm: DemoFirm) => DEMO_UNITS[firm.unit]?.id === id;
  const run = (goal: Omit<GroupTarget, 'companions'> & { companions?: readonly MonthlyMeasure[] }) => {
    const factor = hitGroupTotal(store, { companions: EXCEPT_OUTPUT, ...goal });
    context.progress(`校准 ${goal.label}：系数 ${factor.toFixed(4)} (calibrated)`);
  };
  const whole = { fromMonth: 1, toMonth: 12 };

  if (inSpan(PV_2021.year)) {
    const pv = (firm: DemoFirm) => catalogue.inCluster(PV_2021.system, PV_2021.cluster, firm.code, PV_2021.year);
    run({
      label: '2021年光伏产值',
      cells: cells(PV_2021.year, pv),
      measure: 'output',
      ...whole,
      target: yiToThousandYuan(PV_2021.outputYi),
    });
  }
  if (inSpan(TONGXIANG.year)) {
    const textile = (firm: DemoFirm) =>
      unitIs(TONGXIANG.unit)(firm) &&
      catalogue.inCluster(TONGXIANG.system, TONGXIANG.cluster, firm.code, TONGXIANG.year);
    run({
      label: '2022年桐乡纺织营业收入',
      cells: cells(TONGXIANG.year, textile),
      measure: 'revenue',
      ...whole,
      target: yiToThousandYuan(TONGXIANG.revenueYi),
      companions: [],
    });
  }
  if (inSpan(CITY.year)) {
    const in135 = (firm: DemoFirm) => catalogue.inSystem('jiaxing-135n', firm.code, CITY.year);
    const inSanda = (firm: DemoFirm) => catalogue.inSystem('sanda', firm.code, CITY.year);
    const groups: [string, (firm: DemoFirm) => boolean, number][] = [
      ['135N与三大共有', (f) => in135(f) && inSanda(f), CITY.bothOutputYi],
      ['仅三大', (f) => !in135(f) && inSanda(f), CITY.sandaOutputYi - CITY.bothOutputYi],
      ['仅135N', (f) => in135(f) && !inSanda(f), CITY.n135OutputYi - CITY.bothOutputYi],
      [
        '其他',
        (f) => !in135(f) && !inSanda(f),
        CITY.cityOutputYi - CITY.n135OutputYi - CITY.sandaOutputYi + CITY.bothOutputYi,
      ],
    ];
    for (const [label, keep, yi] of groups) {
      run({
        label: `2023年1-5月${label}产值`,
        cells: cells(CITY.year, keep),
        measure: 'output',
        fromMonth: 1,
        toMonth: CITY.toMonth,
        target: yiToThousandYuan(yi),
      });
    }
    run({
      label: '2023年1-5月全市增加值',
      cells: cells(CITY.year, () => true),
      measure: 'valueAdded',
      fromMonth: 1,
      toMonth: CITY.toMonth,
      target: yiToThousandYuan(CITY.cityValueAddedYi),
      companions: [],
    });
  }
  if (inSpan(TEXTILE.year)) {
    const textile = (firm: DemoFirm) => catalogue.inCluster(TEXTILE.system, TEXTILE.cluster, firm.code, TEXTILE.year);
    const current = cells(TEXTILE.year, textile);
    run({
      label: '2024年1-10月纺织产值',
      cells: current,
      measure: 'output',
      fromMonth: 1,
      toMonth: TEXTILE.toMonth,
      target: yiToThousandYuan(TEXTILE.outputYi),
    });
    const base = cells(TEXTILE.year, textile, TEXTILE.year - 1);
    run({
      label: '2024年1-10月纺织上年同期',
      cells: base,
      measure: 'output',
      fromMonth: 6,
      toMonth: TEXTILE.toMonth,
      target: textileBaseTarget(),
    });
  }
  const pinghuAuto = (firm: DemoFirm) =>
    unitIs(PINGHU_AUTO.unit)(firm) && catalogue.inCluster(PINGHU_AUTO.system, PINGHU_AUTO.cluster, firm.code, toYear);
  run({
    label: `${toYear}年平湖汽车产值`,
    cells: cells(toYear, pinghuAuto),
    measure: 'output',
    ...whole,
    target: yiToThousandYuan(PINGHU_AUTO.outputYi),
  });
}
