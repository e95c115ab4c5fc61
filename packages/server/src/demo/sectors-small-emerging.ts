/**
 * Sector tables of the smaller emerging industries: batteries, biomedicine, aerospace and environmental
 * equipment — each a placeholder cluster of the illustrative 135N system, spread over several counties.
 */
import { unitWeights } from './reporting-units.ts';
import { classWeights, type SectorDefinition } from './sector-types.ts';
import { EMERGING_BASE } from './sectors-emerging.ts';

export const SMALL_EMERGING_SECTORS: readonly SectorDefinition[] = [
  {
    ...EMERGING_BASE,
    key: 'batteries',
    label: '电池',
    codes: classWeights('3842 3843'),
    units: unitWeights('南湖 .1 秀洲 .1 嘉善 .2 海盐 .3 海宁 .1 平湖 .1 桐乡 .05 经开 .05'),
    trackFirms: 30,
    belowFirms: 20,
    output2023: 100,
    valueAdded: 0.18,
    energy: 0.03,
    power: 200,
    productivity: 180,
    nameWords: ['电池', '储能', '电源'],
    products: ['储能电池系统', '镍氢动力电池'],
  },
  {
    ...EMERGING_BASE,
    key: 'biomedicine',
    label: '生物医药',
    codes: classWeights('2720:2 2740 2761 2770 3581 3584 3587:0.5'),
    units: unitWeights('南湖 .25 秀洲 .1 嘉善 .1 海盐 .15 海宁 .1 平湖 .05 桐乡 .05 经开 .2'),
    trackFirms: 80,
    belowFirms: 60,
    output2023: 45,
    valueAdded: 0.35,
    tax: 0.08,
    rd: 0.08,
    margin: 0.12,
    nameWords: ['医药', '生物科技', '医疗器械', '药业'],
    products: ['创新药制剂', '高端医疗器械'],
  },
  {
    ...EMERGING_BASE,
    key: 'aerospace',
    label: '航空航天',
    codes: classWeights('3744 3743'),
    units: unitWeights('南湖 .3 平湖 .4 经开 .3'),
    trackFirms: 5,
    belowFirms: 5,
    output2023: 4,
    valueAdded: 0.25,
    exporters: 0.1,
    rd: 0.06,
    nameWords: ['航空科技', '航天装备'],
    products: ['航空零部件'],
  },
  {
    ...EMERGING_BASE,
    key: 'environmental',
    label: '节能环保装备',
    codes: classWeights('3591:3 3597'),
    units: unitWeights('南湖 .2 秀洲 .1 嘉善 .1 海盐 .1 海宁 .1 平湖 .1 桐乡 .1 经开 .1 港区 .1'),
    trackFirms: 20,
    belowFirms: 40,
    output2023: 9,
    valueAdded: 0.25,
    exporters: 0.1,
    productivity: 120,
    nameWords: ['环保科技', '环境工程', '水处理'],
    products: ['工业废水处理成套装备'],
  },
];
