/** The cluster investment growth chart option: bars coloured by the 15 % target, the target line. */
import { describe, expect, it } from 'vitest';
import { projectGrowthOption } from './project-growth.ts';

describe('projectGrowthOption', () => {
  it('colours clusters by the target and leaves a cluster without a base empty', () => {
    const option = projectGrowthOption(
      [
        { cluster: { id: 'a', name: { zh: '现代纺织', en: 'Textiles' } }, growth: 21.26 },
        { cluster: { id: 'b', name: { zh: '新能源', en: 'New energy' } }, growth: 8 },
        { cluster: { id: 'c', name: { zh: '汽车制造', en: '' } }, growth: null },
      ],
      15,
      'en',
    ) as { xAxis: { data: string[] }; series: { data: unknown[]; markLine: { data: unknown[] } }[] };
    expect(option.xAxis.data).toEqual(['Textiles', 'New energy', '汽车制造']);
    expect(option.series[0]!.data).toEqual([
      { value: 21.3, itemStyle: { color: '#1d4f91' } },
      { value: 8, itemStyle: { color: '#d68910' } },
      null,
    ]);
    expect(option.series[0]!.markLine.data).toEqual([{ yAxis: 15 }]);
  });
});
