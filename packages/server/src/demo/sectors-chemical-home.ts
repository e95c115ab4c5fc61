/**
 * Sector tables of the other two traditional industries (三大传统优势产业, DOMAIN.md §2): chemicals in 嘉兴港区
 * and 平湖 — basic, fine and special — and smart home (appliances, furniture) in 秀洲, 嘉善 and 海盐. Classes
 * avoid 2614 and 265x, which 三大 holds only in part.
 */
import { unitWeights } from './reporting-units.ts';
import { classWeights, type SectorDefinition } from './sector-types.ts';
import { TEXTILE_BASE } from './sectors-textile.ts';

const CHEMICAL_INDEX = { 2020: 0.7, 2021: 0.92, 2022: 1.02, 2023: 1, 2024: 1.04 };
const HOME_INDEX = { 2020: 0.82, 2021: 0.95, 2022: 0.97, 2023: 1, 2024: 1.06 };
const CHEMICAL_POLLUTION = { cod: 1.1, so2: 1.4, ammonia: 0.12, nox: 1.6 };

const chemical = {
  ...TEXTILE_BASE,
  index: CHEMICAL_INDEX,
  sizeSigma: 1.4,
  exporters: 0.4,
  exportShare: 0.25,
  energy: 0.2,
  power: 320,
  tax: 0.045,
  rd: 0.03,
  margin: 0.07,
  productivity: 450,
  pollution: CHEMICAL_POLLUTION,
} satisfies Partial<SectorDefinition>;
const home = { ...TEXTILE_BASE, index: HOME_INDEX, energy: 0.012, power: 90, tax: 0.032, rd: 0.03, productivity: 100 };

export const CHEMICAL_HOME_SECTORS: readonly SectorDefinition[] = [
  {
    ...chemical,
    key: 'chemBasic',
    label: '基础化工原料',
    codes: classWeights('2613:2 2611 2612'),
    units: unitWeights('海盐 .08 平湖 .22 港区 .7'),
    trackFirms: 70,
    belowFirms: 0,
    output2023: 700,
    sizeSigma: 1.5,
    valueAdded: 0.16,
    nameWords: ['化工', '化学', '石化'],
    products: ['电子级氢氟酸', '高纯无机盐', '氯碱一体化'],
  },
  {
    ...chemical,
    key: 'chemFine',
    label: '精细化工',
    codes: classWeights('2641:3 2643:2 2645:2 2631 2642 2681 2682 2684'),
    units: unitWeights('南湖 .03 秀洲 .03 嘉善 .06 海盐 .1 海宁 .05 平湖 .25 桐乡 .08 经开 .05 港区 .35'),
    trackFirms: 200,
    belowFirms: 150,
    output2023: 660,
    valueAdded: 0.22,
    nameWords: ['涂料', '颜料', '染料', '精细化工', '日化'],
    products: ['水性工业涂料', '高性能有机颜料', '环保型分散染料'],
  },
  {
    ...chemical,
    key: 'chemSpecial',
    label: '专用化学品',
    codes: classWeights('2661:4 2669:3 2662:2 2664 2666'),
    units: unitWeights('南湖 .02 秀洲 .03 嘉善 .03 海盐 .08 海宁 .08 平湖 .25 桐乡 .06 经开 .05 港区 .4'),
    trackFirms: 160,
    belowFirms: 50,
    output2023: 760,
    nameWords: ['新材料', '化学', '助剂', '电子材料'],
    products: ['电子化学品', '高分子助剂', '锂电池电解液添加剂'],
  },
  {
    ...home,
    key: 'appliances',
    label: '智能家电',
    codes: classWeights('3854:3 3853:2 3857:2 3851 3852 3855 3856 3859'),
    units: unitWeights('南湖 .04 秀洲 .3 嘉善 .3 海盐 .22 海宁 .04 平湖 .03 桐乡 .03 经开 .04'),
    trackFirms: 250,
    belowFirms: 500,
    output2023: 520,
    valueAdded: 0.21,
    exportShare: 0.35,
    nameWords: ['电器', '智能家居', '厨电', '电气'],
    products: ['智能厨房电器', '集成吊顶电器', '智能清洁电器'],
  },
  {
    ...home,
    key: 'furniture',
    label: '智能家具',
    codes: classWeights('2110:4 2130:2 2140 2190 2120:0.5'),
    units: unitWeights('南湖 .03 秀洲 .28 嘉善 .36 海盐 .2 海宁 .04 平湖 .03 桐乡 .04 经开 .02'),
    trackFirms: 250,
    belowFirms: 500,
    output2023: 300,
    valueAdded: 0.22,
    exportShare: 0.45,
    nameWords: ['家具', '家居', '木业', '软体家居'],
    products: ['智能定制家具', '功能沙发', '实木家具'],
  },
];
