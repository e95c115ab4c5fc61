/**
 * An industry chain drawn as a graph (ECharts graph series, fixed layout): the links in three columns, upstream →
 * midstream → downstream, spread evenly down each column; each node coloured by strength (strong green, weak
 * amber, missing red) and labelled with its name, firm count and output (x when withheld); the edges are arrows
 * from the supplying link to the link it supplies. Each node carries its link id so a click can open the link.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { count, money, SUPPRESSED_MARK } from '../../format/display.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export type ChainStage = 'upstream' | 'midstream' | 'downstream';
export type LinkStrength = 'strong' | 'weak' | 'missing';

export interface ChainGraphLink {
  id: string;
  name: Bilingual;
  stage: ChainStage;
  strength: LinkStrength;
  firms: number;
  outputYuan: number | null;
  outputWithheld: boolean;
}

export interface ChainGraphEdge {
  from: string;
  to: string;
}

export const STAGE_ORDER: readonly ChainStage[] = ['upstream', 'midstream', 'downstream'];

export const STRENGTH_COLOURS: Record<LinkStrength, string> = {
  strong: '#2e7d32',
  weak: '#f9a825',
  missing: '#c62828',
};

const STAGE_TITLES: Record<ChainStage, Bilingual> = {
  upstream: { zh: '上游', en: 'Upstream' },
  midstream: { zh: '中游', en: 'Midstream' },
  downstream: { zh: '下游', en: 'Downstream' },
};

/** Column (0–2) and row of every link: rows spread evenly so every column is centred on the same middle. */
export function chainGraphLayout(links: readonly ChainGraphLink[]): Map<string, { x: number; y: number }> {
  const tallest = tallestColumn(links);
  const positions = new Map<string, { x: number; y: number }>();
  STAGE_ORDER.forEach((stage, column) => {
    const inColumn = links.filter((link) => link.stage === stage);
    const offset = (tallest - inColumn.length) / 2;
    inColumn.forEach((link, row) => positions.set(link.id, { x: column, y: offset + row }));
  });
  return positions;
}

/** The number of links in the fullest column (at least 1). */
export function tallestColumn(links: readonly ChainGraphLink[]): number {
  return Math.max(1, ...STAGE_ORDER.map((stage) => links.filter((link) => link.stage === stage).length));
}

export function chainGraphOption(
  links: readonly ChainGraphLink[],
  edges: readonly ChainGraphEdge[],
  language: Language,
): EChartsCoreOption {
  const zh = language === 'zh';
  const text = (name: Bilingual) => (zh ? name.zh : name.en || name.zh);
  const positions = chainGraphLayout(links);
  const output = (link: ChainGraphLink) =>
    link.outputWithheld ? SUPPRESSED_MARK : link.firms === 0 ? '' : money(link.outputYuan, language);
  const caption = (link: ChainGraphLink) =>
    [zh ? `${count(link.firms)} 家` : `${count(link.firms)} firms`, output(link)].filter(Boolean).join(' · ');
  const titles = STAGE_ORDER.map((stage, column) => ({
    id: `stage-${stage}`,
    name: text(STAGE_TITLES[stage]),
    value: [column, -0.75],
    symbolSize: 1,
    itemStyle: { color: 'transparent' },
    label: { show: true, fontSize: 14, fontWeight: 'bold', color: '#37474f', formatter: text(STAGE_TITLES[stage]) },
    tooltip: { show: false },
  }));
  const tallest = tallestColumn(links);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    // A hidden grid places the nodes, so node sizes stay in pixels whatever the box's aspect.
    grid: { left: 95, right: 95, top: 10, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 2, show: false },
    yAxis: { type: 'value', inverse: true, min: -1, max: tallest - 1, show: false },
    series: [
      {
        type: 'graph',
        layout: 'none',
        coordinateSystem: 'cartesian2d',
        roam: false,
        symbol: 'roundRect',
        symbolSize: [170, 52],
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 9],
        lineStyle: { color: '#90a4ae', width: 1.5, curveness: 0.08, opacity: 0.9 },
        label: { show: true, color: '#fff', fontSize: 12, lineHeight: 16 },
        data: [
          ...titles,
          ...links.map((link) => ({
            id: link.id,
            name: text(link.name),
            value: [positions.get(link.id)!.x, positions.get(link.id)!.y],
            itemStyle: { color: STRENGTH_COLOURS[link.strength] },
            label: {
              formatter: `{name|${text(link.name)}}\n{caption|${caption(link)}}`,
              rich: {
                name: { width: 160, overflow: 'truncate', align: 'center', fontWeight: 'bold', color: '#fff' },
                caption: { align: 'center', color: '#fff', fontSize: 11 },
              },
            },
            tooltip: { formatter: `${text(link.name)}<br/>${caption(link)}` },
          })),
        ],
        links: edges
          .filter((edge) => positions.has(edge.from) && positions.has(edge.to))
          .map((edge) => ({ source: edge.from, target: edge.to })),
      },
    ],
  };
}
