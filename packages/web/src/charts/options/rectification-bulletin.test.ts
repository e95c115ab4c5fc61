/** The rectification bulletin bars: one stack per unit, one series per status, counts in order. */
import { describe, expect, it } from 'vitest';
import { rectificationBulletinOption, type BulletinBarRow } from './rectification-bulletin.ts';

const statuses = [
  { id: 'survey', name: { zh: '摸排', en: 'Survey' }, colour: '#999' },
  { id: 'closed', name: { zh: '销号', en: 'Closed' }, colour: '#2a2' },
];
const rows: BulletinBarRow[] = [
  { name: { zh: '南湖区', en: 'Nanhu' }, byStatus: { survey: 2, closed: 1 } },
  { name: { zh: '桐乡市', en: 'Tongxiang' }, byStatus: { survey: 0 } },
];

describe('rectificationBulletinOption', () => {
  it('stacks each unit’s cases by status', () => {
    const option = rectificationBulletinOption(rows, statuses, 'zh') as {
      xAxis: { data: string[] };
      series: { name: string; stack: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['南湖区', '桐乡市']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['摸排', 'cases', [2, 0]],
      ['销号', 'cases', [1, 0]],
    ]);
  });

  it('names units and statuses in English', () => {
    const option = rectificationBulletinOption(rows, statuses, 'en') as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['Nanhu', 'Tongxiang']);
  });
});
