/** The cockpit map option: counties coloured by the chosen measure, zones as markers, withheld figures as 'x'. */
import { describe, expect, it } from 'vitest';
import {
  isDark,
  jiaxingMapOption,
  mapColour,
  mapFigure,
  mapValueRange,
  NEUTRAL_COLOUR,
  ZONE_COORDINATES,
  type MapUnit,
} from './jiaxing-map.ts';

const units: MapUnit[] = [
  {
    unit: '330402',
    name: { zh: '南湖区', en: 'Nanhu' },
    value: 130_417_827_000,
    yoy: 0.0572,
    share: 0.0817,
    suppressed: false,
  },
  {
    unit: '330411',
    name: { zh: '秀洲区', en: 'Xiuzhou' },
    value: 193_865_992_000,
    yoy: -0.021,
    share: 0.1215,
    suppressed: false,
  },
  { unit: '330421', name: { zh: '嘉善县', en: 'Jiashan' }, value: null, yoy: null, share: null, suppressed: true },
  {
    unit: 'jiaxing-port',
    name: { zh: '嘉兴港区', en: 'Port Area' },
    value: 189_328_838_000,
    yoy: 0.0335,
    share: 0.1186,
    suppressed: false,
  },
  {
    unit: 'jiaxing-etdz',
    name: { zh: '嘉兴经济技术开发区', en: 'ETDZ' },
    value: null,
    yoy: null,
    share: null,
    suppressed: true,
  },
];

type MapOption = {
  geo: {
    map: string;
    nameProperty: string;
    regions: { name: string; itemStyle: { areaColor: string }; label: { formatter: string } }[];
  };
  series: {
    type: string;
    coordinateSystem: string;
    data: { name: string; value: [number, number]; itemStyle: { color: string }; label: { formatter: string } }[];
  }[];
};

describe('jiaxingMapOption', () => {
  it('colours the counties by output and puts the zones on the map as markers', () => {
    const option = jiaxingMapOption(units, 'output', 'zh') as unknown as MapOption;
    expect(option.geo.map).toBe('jiaxing');
    expect(option.geo.nameProperty).toBe('code');
    expect(option.geo.regions.map((region) => [region.name, region.itemStyle.areaColor, region.label.formatter]))
      .toMatchInlineSnapshot(`
      [
        [
          "330402",
          "#cad8eb",
          "南湖区
      1304.2亿元",
        ],
        [
          "330411",
          "#1d4f91",
          "秀洲区
      1938.7亿元",
        ],
        [
          "330421",
          "#d5d8dc",
          "嘉善县
      x",
        ],
      ]
    `);
    const zones = option.series[0]!;
    expect(zones.type).toBe('scatter');
    expect(zones.coordinateSystem).toBe('geo');
    expect(zones.data.map((item) => [item.name, item.value, item.itemStyle.color, item.label.formatter]))
      .toMatchInlineSnapshot(`
        [
          [
            "jiaxing-port",
            [
              121.08,
              30.59,
            ],
            "#295997",
            "嘉兴港区
        1893.3亿元",
          ],
          [
            "jiaxing-etdz",
            [
              120.75,
              30.72,
            ],
            "#d5d8dc",
            "嘉兴经开区 x",
          ],
        ]
      `);
  });

  it('shows a withheld unit as x in a neutral colour and never its number', () => {
    for (const measure of ['output', 'growth', 'share'] as const) {
      const option = jiaxingMapOption(units, measure, 'zh') as unknown as MapOption;
      const jiashan = option.geo.regions.find((region) => region.name === '330421')!;
      expect(jiashan.itemStyle.areaColor).toBe(NEUTRAL_COLOUR);
      expect(jiashan.label.formatter).toBe('嘉善县\nx');
      const etdz = option.series[0]!.data.find((item) => item.name === 'jiaxing-etdz')!;
      expect(etdz.itemStyle.color).toBe(NEUTRAL_COLOUR);
      expect(etdz.label.formatter).toBe('嘉兴经开区 x');
    }
  });

  it('formats growth and share and colours growth green below zero, red above', () => {
    expect(mapFigure(units[1]!, 'growth', 'zh')).toBe('-2.1%');
    expect(mapFigure(units[0]!, 'share', 'en')).toBe('8.2%');
    expect(mapFigure(units[0]!, 'output', 'en')).toBe('130.42 billion yuan');
    const range = mapValueRange(units, 'growth')!;
    expect(range).toEqual({ min: -0.021, max: 0.0572 });
    expect(mapColour(-0.021, range, 'growth')).toBe('#1e8449');
    expect(mapColour(0.0572, range, 'growth')).toBe('#c0392b');
    expect(mapColour(null, range, 'growth')).toBe(NEUTRAL_COLOUR);
    expect(isDark('#1d4f91')).toBe(true);
    expect(isDark('#e8f0fb')).toBe(false);
  });

  it('places the zones inside Jiaxing', () => {
    for (const [lon, lat] of Object.values(ZONE_COORDINATES)) {
      expect(lon).toBeGreaterThan(120.2);
      expect(lon).toBeLessThan(121.4);
      expect(lat).toBeGreaterThan(30.2);
      expect(lat).toBeLessThan(31.1);
    }
  });
});
