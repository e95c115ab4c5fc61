/** Column labels and notes the bulletin's tables share. */
import { formatMonthRange, type BilingualName, type BulletinPeriod } from '@observatory/core';
import type { TableColumn } from './bulletin-table.ts';

const label = (zh: string, en: string): BilingualName => ({ zh, en });

export const DERIVED_NOTE = label(
  '* 部分企业未报上年同期数，以其上年在库数据推算。',
  '* Some enterprises reported no figure for a year earlier; their stored value of last year was used.',
);

/** 1-10月 / Jan–Oct: the cumulative period's column. */
export function periodColumn(period: BulletinPeriod, width = 11): TableColumn {
  return { label: label(formatMonthRange(period.month, 'zh'), formatMonthRange(period.month, 'en')), width };
}

export const UNITS = {
  percent: label('%', '%'),
  points: label('百分点', 'pp'),
  enterprises: label('家', 'firms'),
};

export const COLUMNS = {
  base: { label: label('上年同期', 'Year earlier'), width: 11 },
  growth: { label: label('增长', 'Growth'), unit: UNITS.percent, width: 9 },
  officialGrowth: { label: label('可比价增长', 'Real growth (official)'), unit: UNITS.percent, width: 11 },
  share: { label: label('占全市比重', 'Share of city'), unit: UNITS.percent, width: 10 },
  pull: { label: label('拉动', 'Pull'), unit: UNITS.points, width: 9 },
  contribution: { label: label('贡献率', 'Contribution'), unit: UNITS.percent, width: 9 },
  rank: { label: label('位次', 'Rank'), width: 6 },
  enterprises: { label: label('企业数', 'Enterprises'), unit: UNITS.enterprises, width: 8 },
} satisfies Record<string, TableColumn>;

/** A column under a group header (the measure and its unit over the period and base columns). */
export function grouped(column: TableColumn, group: BilingualName, unit: BilingualName): TableColumn {
  return { ...column, group: { zh: `${group.zh}（${unit.zh}）`, en: `${group.en} (${unit.en})` } };
}
