/** The chain graph: three columns by stage, colours by strength, arrows along the edges, withheld output as x. */
import { describe, expect, it } from 'vitest';
import { chainGraphLayout, chainGraphOption, STRENGTH_COLOURS, type ChainGraphLink } from './chain-graph.ts';

const links: ChainGraphLink[] = [
  {
    id: 'refining',
    name: { zh: '炼化', en: 'Refining' },
    stage: 'upstream',
    strength: 'missing',
    firms: 0,
    outputYuan: 0,
    outputWithheld: false,
  },
  {
    id: 'monomers',
    name: { zh: '单体', en: 'Monomers' },
    stage: 'upstream',
    strength: 'weak',
    firms: 1,
    outputYuan: null,
    outputWithheld: true,
  },
  {
    id: 'polyester',
    name: { zh: '涤纶', en: 'Polyester' },
    stage: 'midstream',
    strength: 'strong',
    firms: 5,
    outputYuan: 60_000_000_000,
    outputWithheld: false,
  },
  {
    id: 'weaving',
    name: { zh: '织造', en: 'Weaving' },
    stage: 'downstream',
    strength: 'weak',
    firms: 1,
    outputYuan: 80_000_000,
    outputWithheld: false,
  },
];
const edges = [
  { from: 'refining', to: 'monomers' },
  { from: 'monomers', to: 'polyester' },
  { from: 'polyester', to: 'weaving' },
  { from: 'polyester', to: 'gone' },
];

describe('chainGraphOption', () => {
  it('lays the links out in three columns, each centred', () => {
    const layout = chainGraphLayout(links);
    expect([...layout]).toEqual([
      ['refining', { x: 0, y: 0 }],
      ['monomers', { x: 0, y: 1 }],
      ['polyester', { x: 1, y: 0.5 }],
      ['weaving', { x: 2, y: 0.5 }],
    ]);
  });

  it('colours by strength, draws arrows for known edges, marks withheld output', () => {
    const option = chainGraphOption(links, edges, 'zh') as {
      series: {
        edgeSymbol: string[];
        data: { id: string; itemStyle: { color: string }; label: { formatter: string } }[];
        links: unknown[];
      }[];
    };
    const series = option.series[0]!;
    expect(series.edgeSymbol).toEqual(['none', 'arrow']);
    expect(series.links).toHaveLength(3);
    const node = (id: string) => series.data.find((datum) => datum.id === id)!;
    expect(node('polyester').itemStyle.color).toBe(STRENGTH_COLOURS.strong);
    expect(node('refining').itemStyle.color).toBe(STRENGTH_COLOURS.missing);
    expect(node('polyester').label.formatter).toBe('{name|涤纶}\n{caption|5 家 · 600.0亿元}');
    expect(node('monomers').label.formatter).toBe('{name|单体}\n{caption|1 家 · x}');
    expect(node('refining').label.formatter).toBe('{name|炼化}\n{caption|0 家}');
    expect(option).toMatchSnapshot();
  });

  it('speaks English when asked', () => {
    const option = chainGraphOption(links, edges, 'en') as { series: { data: { name: string }[] }[] };
    expect(option.series[0]!.data.map((datum) => datum.name)).toEqual([
      'Upstream',
      'Midstream',
      'Downstream',
      'Refining',
      'Monomers',
      'Polyester',
      'Weaving',
    ]);
  });
});
