/**
 * All demo sectors, including "other manufacturing" everywhere: classes that no cluster catalogue names
 * (metal products, plastics, paper, machinery parts, food, utilities …). Their 2023 plan is what is left of
 * the city total once the clusters are placed (DOMAIN.md §2: 135N 50.5 %, 三大 32.5 % in 2023 1–5月).
 */
import { unitWeights } from './reporting-units.ts';
import { classWeights, type SectorDefinition, type SectorKey } from './sector-types.ts';
import { CHEMICAL_HOME_SECTORS } from './sectors-chemical-home.ts';
import { EMERGING_SECTORS } from './sectors-emerging.ts';
import { SMALL_EMERGING_SECTORS } from './sectors-small-emerging.ts';
import { TEXTILE_SECTORS } from './sectors-textile.ts';

const OTHER_CODES = classWeights(
  '3484:4 3399:3 2929:3 3311:2 3340:2 3352:2 3360:2 3392:2 3489:2 3525:2 2921:2 2922:2 2221:2 2231:2 2319:2 ' +
    '3481 3483 3412 3435 3462 3465 3467 3551 3553 3599 2926 2927 2913 2223 3021 3024 3051 3061 3130 3251 3252 ' +
    '2034 3821 3823 3829 1391:.5 1411:.5 1432:.5 1462:.5 1495:.5 2039:.5 2411:.5 2443:.5 2439:.5 3752:.5 ' +
    '3899:.5 4012:.5 4028:.5 3240:.5 1521:.3 2452:.3 3761:.3 3734:.3 4090:.3 4412:.3 4430:.3 4620:.2',
);

const OTHER: SectorDefinition = {
  key: 'other',
  label: '其他制造业',
  codes: OTHER_CODES,
  units: unitWeights('南湖 .12 秀洲 .12 嘉善 .12 海盐 .1 海宁 .12 平湖 .12 桐乡 .12 经开 .1 港区 .08'),
  trackFirms: 4600,
  belowFirms: 5700,
  output2023: 6891,
  index: { 2020: 0.84, 2021: 0.96, 2022: 0.99, 2023: 1, 2024: 1.05 },
  sizeSigma: 1.3,
  valueAdded: 0.21,
  exporters: 0.35,
  exportShare: 0.2,
  energy: 0.03,
  power: 200,
  tax: 0.03,
  rd: 0.025,
  margin: 0.055,
  productivity: 120,
  pollution: null,
  pollutingCodes: null,
  nameWords: ['实业', '科技', '制造'],
  divisionWords: {
    '13': ['食品', '农产品'],
    '14': ['食品', '食品科技'],
    '15': ['饮品', '饮料'],
    '20': ['木业', '木制品'],
    '22': ['纸业', '包装'],
    '23': ['印务', '包装印刷'],
    '24': ['文体用品', '工艺品', '玩具'],
    '29': ['塑业', '橡塑', '塑胶'],
    '30': ['建材', '玻璃', '新型建材'],
    '31': ['钢业', '金属材料'],
    '32': ['铜业', '铝业', '金属材料'],
    '33': ['五金', '金属制品', '钢结构'],
    '34': ['机械', '精密机械', '机电'],
    '35': ['机械', '模具', '装备'],
    '37': ['车业', '船舶配件'],
    '38': ['电气', '电力设备'],
    '40': ['仪器仪表', '仪表'],
    '44': ['热电', '能源'],
    '46': ['水务', '环保'],
  },
  products: ['智能化技术改造', '数字化车间', '绿色工厂提升'],
};

export const SECTORS: readonly SectorDefinition[] = [
  ...TEXTILE_SECTORS,
  ...CHEMICAL_HOME_SECTORS,
  ...EMERGING_SECTORS,
  ...SMALL_EMERGING_SECTORS,
  OTHER,
];

export function sectorOf(key: SectorKey): SectorDefinition {
  const sector = SECTORS.find((candidate) => candidate.key === key);
  if (sector === undefined) throw new RangeError(`unknown sector ${key}`);
  return sector;
}
