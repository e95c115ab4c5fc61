/** The cluster ranking bars: top-level clusters largest first, value and growth in the label, withheld as x. */
import { describe, expect, it } from 'vitest';
import { rankingBarOption } from './ranking-bar.ts';

const rows = [
  {
    cluster: 'textiles',
    name: { zh: '纺织', en: 'Textiles' },
    depth: 0,
    value: 148_970_246_000,
    yoy: 0.0452,
    suppressed: false,
  },
  {
    cluster: 'textiles-fibre',
    name: { zh: '化纤', en: 'Fibre' },
    depth: 1,
    value: 50_000_000_000,
    yoy: 0.01,
    suppressed: false,
  },
  {
    cluster: 'biomedicine',
    name: { zh: '生物医药', en: 'Biomedicine' },
    depth: 0,
    value: null,
    yoy: null,
    suppressed: true,
  },
  {
    cluster: 'materials',
    name: { zh: '新材料', en: 'New materials' },
    depth: 0,
    value: 287_362_651_000,
    yoy: -0.0254,
    suppressed: false,
  },
];

describe('rankingBarOption', () => {
  it('ranks the top-level clusters and labels value and growth', () => {
    const option = rankingBarOption(rows, 'zh') as {
      yAxis: { data: string[] };
      series: { data: { value: number | null; id: string; label: { formatter: string } }[] }[];
    };
    expect(option.yAxis.data).toEqual(['新材料', '纺织', '生物医药（x）']);
    expect(option.series[0]!.data.map((item) => [item.id, item.value, item.label.formatter])).toMatchInlineSnapshot(`
      [
        [
          "materials",
          2873.63,
          "2873.6亿元  -2.5%",
        ],
        [
          "textiles",
          1489.7,
          "1489.7亿元  +4.5%",
        ],
        [
          "biomedicine",
          null,
          "x",
        ],
      ]
    `);
  });

  it('never shows the number of a withheld cluster', () => {
    const text = JSON.stringify(rankingBarOption(rows, 'en'));
    const withheld = JSON.stringify(
      (rankingBarOption(rows, 'en') as { series: { data: { id: string }[] }[] }).series[0]!.data.find(
        (item) => item.id === 'biomedicine',
      ),
    );
    expect(withheld).toContain('"value":null');
    expect(withheld).not.toMatch(/\d\.\d/);
    expect(text).toContain('Biomedicine（x）');
  });
});
