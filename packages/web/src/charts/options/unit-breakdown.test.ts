/** The unit breakdown chart: largest first, a withheld unit has no bar and is marked "x". */
import { describe, expect, it } from 'vitest';
import { unitBreakdownOption } from './unit-breakdown.ts';

const rows = [
  { unit: '330402', name: { zh: '南湖区', en: 'Nanhu' }, value: null, suppressed: true },
  { unit: '330421', name: { zh: '嘉善县', en: 'Jiashan' }, value: 9_172_166_000, suppressed: false },
  { unit: '330481', name: { zh: '海宁市', en: 'Haining' }, value: 52_000_000_000, suppressed: false },
];

describe('unitBreakdownOption', () => {
  it('orders units by value and never shows a withheld number', () => {
    const option = unitBreakdownOption(rows, 'zh') as {
      yAxis: { data: string[] };
      series: { data: { value: number | null; label?: { formatter: string } }[] }[];
    };
    expect(option.yAxis.data).toEqual(['海宁市', '嘉善县', '南湖区（x）']);
    const data = option.series[0]!.data;
    expect(data.map((item) => item.value)).toEqual([520, 91.72, null]);
    expect(data.map((item) => item.label?.formatter ?? null)).toEqual(['520.0亿元', '91.7亿元', null]);
    expect(JSON.stringify(option)).not.toContain('null亿元');
  });
});
