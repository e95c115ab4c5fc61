/**
 * Sector tables of Jiaxing's textile industry (现代纺织, DOMAIN.md §2): 化纤新材料 in 桐乡 and 海宁, 高端纺织
 * in 海宁, 桐乡 and 秀洲, 时尚服饰 in 平湖, 海宁 and 桐乡. Only classes 17xx, 18xx and 28xx, which every
 * textile catalogue holds in full (no 19xx leather, partial in 135N).
 */
import { unitWeights } from './reporting-units.ts';
import { classWeights, type SectorDefinition } from './sector-types.ts';

const TEXTILE_INDEX = { 2020: 0.8, 2021: 0.95, 2022: 0.97, 2023: 1, 2024: 1.052 };
export const TEXTILE_BASE = {
  index: TEXTILE_INDEX,
  sizeSigma: 1.3,
  valueAdded: 0.2,
  exporters: 0.45,
  exportShare: 0.3,
  energy: 0.06,
  power: 450,
  tax: 0.025,
  rd: 0.02,
  margin: 0.045,
  productivity: 110,
  pollution: null,
  pollutingCodes: null,
} satisfies Partial<SectorDefinition>;

export const TEXTILE_SECTORS: readonly SectorDefinition[] = [
  {
    ...TEXTILE_BASE,
    key: 'fibre',
    label: '化纤新材料',
    codes: classWeights('2822:6 2821:2 2826 2829 2812:0.5'),
    units: unitWeights('桐乡 .52 海宁 .31 秀洲 .08 平湖 .04 港区 .05'),
    trackFirms: 150,
    belowFirms: 0,
    output2023: 1290,
    sizeSigma: 1.7,
    valueAdded: 0.14,
    energy: 0.12,
    power: 650,
    tax: 0.015,
    productivity: 400,
    pollution: { cod: 0.9, so2: 0.6, ammonia: 0.05, nox: 0.9 },
    nameWords: ['化纤', '新材料', '化学纤维', '纤维科技'],
    products: ['差别化涤纶长丝', '功能性锦纶切片', '氨纶弹性纤维', '再生涤纶短纤'],
  },
  {
    ...TEXTILE_BASE,
    key: 'weaving',
    label: '高端纺织',
    codes: classWeights('1751:4 1761:4 1752:2 1713 1762 1711 1721 1781 1789 1771 1773:1.5'),
    units: unitWeights('南湖 .03 秀洲 .15 嘉善 .04 海盐 .02 海宁 .32 平湖 .07 桐乡 .34 经开 .01 港区 .02'),
    trackFirms: 1500,
    belowFirms: 2400,
    output2023: 925,
    pollution: { cod: 3.2, so2: 0.4, ammonia: 0.25, nox: 0.5 },
    pollutingCodes: ['1713', '1752', '1762'],
    nameWords: ['纺织', '织造', '经编', '家纺', '印染', '针织'],
    products: ['高端经编面料', '功能性家纺面料', '数码印花面料', '产业用非织造布'],
  },
  {
    ...TEXTILE_BASE,
    key: 'apparel',
    label: '时尚服饰',
    codes: classWeights('1819:3 1829:3 1811 1821:2 1830'),
    units: unitWeights('南湖 .05 秀洲 .12 嘉善 .1 海盐 .03 海宁 .23 平湖 .25 桐乡 .2 经开 .01 港区 .01'),
    trackFirms: 750,
    belowFirms: 1200,
    output2023: 493,
    valueAdded: 0.22,
    energy: 0.01,
    power: 80,
    tax: 0.03,
    productivity: 50,
    nameWords: ['服饰', '服装', '时装', '毛衫'],
    products: ['智能化服装生产线', '高档羊毛衫', '品牌时装'],
  },
];
