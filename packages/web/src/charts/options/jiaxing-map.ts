/**
 * The cockpit map: Jiaxing's counties (the map registered as 'jiaxing', regions named by GB/T 2260 code) coloured
 * by one measure of GET /api/statistics/units (1–N月 output, comparable growth or share of the city), and the two
 * functional zones, which have no polygon, as markers. A withheld (disclosure control) or missing figure gets a
 * neutral colour and shows 'x' or '—', never a number.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { growth, money, MISSING_MARK, percent, SUPPRESSED_MARK } from '../../format/display.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export type MapMeasure = 'output' | 'growth' | 'share';

export interface MapUnit {
  unit: string;
  name: Bilingual;
  value: number | null;
  yoy: number | null;
  share: number | null;
  suppressed: boolean;
}

/**
 * Where the functional zones are drawn (longitude, latitude): GET /api/reporting-units and /api/regions carry no
 * coordinates for them. Approximate positions for a marker only, not boundaries: 嘉兴经济技术开发区 around its
 * administrative committee in the south-west of the central city (≈120.75°E 30.72°N), 嘉兴港区 at 乍浦镇 on the
 * coast of 平湖市 (30°35′N 121°05′E, the coordinates of Zhapu in Wikipedia's "Zhapu" article). Replace with the
 * zones' official coordinates when the API provides them.
 */
export const ZONE_COORDINATES: Record<string, [number, number]> = {
  'jiaxing-etdz': [120.75, 30.72],
  'jiaxing-port': [121.08, 30.59],
};

/** Short marker labels (the full name is in the tooltip). */
const ZONE_SHORT_NAMES: Record<string, Bilingual> = {
  'jiaxing-etdz': { zh: '嘉兴经开区', en: 'ETDZ' },
  'jiaxing-port': { zh: '嘉兴港区', en: 'Port Area' },
};

export const NEUTRAL_COLOUR = '#d5d8dc';
const SEQUENTIAL: [string, string] = ['#e8f0fb', '#1d4f91'];
/** Growth: green below zero, red above (the bureau's convention: red is up). */
const FALLING: [string, string] = ['#1e8449', '#f4f6f9'];
const RISING: [string, string] = ['#f4f6f9', '#c0392b'];

function measured(unit: MapUnit, measure: MapMeasure): number | null {
  if (unit.suppressed) return null;
  return measure === 'output' ? unit.value : measure === 'growth' ? unit.yoy : unit.share;
}

/** The figure as text: 'x' when withheld, '—' when missing. */
export function mapFigure(unit: MapUnit, measure: MapMeasure, language: Language): string {
  if (unit.suppressed) return SUPPRESSED_MARK;
  const value = measured(unit, measure);
  if (value === null) return MISSING_MARK;
  return measure === 'output' ? money(value, language) : measure === 'growth' ? growth(value) : percent(value);
}

/** The smallest and largest shown value (the legend); null when nothing is shown. */
export function mapValueRange(units: readonly MapUnit[], measure: MapMeasure): { min: number; max: number } | null {
  const values = units.map((unit) => measured(unit, measure)).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}

function mix([from, to]: [string, string], fraction: number): string {
  const channel = (hex: string, index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  const clamped = Math.min(1, Math.max(0, fraction));
  return `#${[0, 1, 2]
    .map((index) => Math.round(channel(from, index) + (channel(to, index) - channel(from, index)) * clamped))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Whether a fill needs white text (relative luminance below one half). */
export function isDark(hex: string): boolean {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue! < 0.5;
}

/** The fill of one value: sequential blue for output and share, green–red around zero for growth. */
export function mapColour(value: number | null, range: { min: number; max: number } | null, measure: MapMeasure) {
  if (value === null || range === null) return NEUTRAL_COLOUR;
  if (measure === 'growth') {
    if (value < 0) return mix(FALLING, range.min < 0 ? 1 - value / range.min : 1);
    return mix(RISING, range.max > 0 ? value / range.max : 0);
  }
  const span = range.max - range.min;
  return mix(SEQUENTIAL, span === 0 ? 1 : 0.15 + (0.85 * (value - range.min)) / span);
}

export function jiaxingMapOption(
  units: readonly MapUnit[],
  measure: MapMeasure,
  language: Language,
  options: { clickable?: boolean } = {},
): EChartsCoreOption {
  const zh = language === 'zh';
  const nameOf = (unit: MapUnit) => (zh ? unit.name.zh : unit.name.en || unit.name.zh);
  const range = mapValueRange(units, measure);
  const counties = units.filter((unit) => /^\d{6}$/.test(unit.unit));
  const zones = units.filter((unit) => ZONE_COORDINATES[unit.unit] !== undefined);
  const text = (unit: MapUnit) => `${nameOf(unit)}: ${mapFigure(unit, measure, language)}`;
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    geo: {
      map: 'jiaxing',
      nameProperty: 'code',
      roam: false,
      selectedMode: false,
      layoutCenter: ['50%', '50%'],
      layoutSize: '95%',
      tooltip: { show: true },
      itemStyle: { areaColor: NEUTRAL_COLOUR, borderColor: '#ffffff', borderWidth: 1 },
      label: { show: false },
      emphasis: { itemStyle: { areaColor: '#f5cba7' }, label: { show: true } },
      regions: counties.map((unit) => {
        const fill = mapColour(measured(unit, measure), range, measure);
        return {
          name: unit.unit,
          itemStyle: { areaColor: fill },
          label: {
            show: true,
            formatter: `${nameOf(unit)}\n${mapFigure(unit, measure, language)}`,
            color: isDark(fill) ? '#ffffff' : '#1f2933',
            fontSize: 11,
            lineHeight: 14,
          },
          emphasis: { label: { show: true, formatter: `${nameOf(unit)}\n${mapFigure(unit, measure, language)}` } },
          tooltip: { formatter: text(unit) },
        };
      }),
    },
    series: [
      {
        // Static markers: a ripple effect would redraw the SVG on every frame, for as long as the page is open.
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { borderColor: '#1f2933', borderWidth: 1.5 },
        // A zone's label sits on the counties' fills and borders: a light box keeps it legible.
        label: {
          show: true,
          position: 'bottom',
          fontSize: 11,
          lineHeight: 13,
          color: '#1f2933',
          backgroundColor: 'rgba(255, 255, 255, 0.88)',
          borderColor: '#9aa5b1',
          borderWidth: 0.5,
          borderRadius: 3,
          padding: [2, 4],
        },
        cursor: options.clickable ? 'pointer' : 'default',
        data: zones.map((unit) => ({
          name: unit.unit,
          value: ZONE_COORDINATES[unit.unit],
          itemStyle: { color: mapColour(measured(unit, measure), range, measure) },
          label: {
            formatter: `${zh ? ZONE_SHORT_NAMES[unit.unit]!.zh : ZONE_SHORT_NAMES[unit.unit]!.en}${unit.unit === 'jiaxing-etdz' ? ' ' : '\n'}${mapFigure(unit, measure, language)}`,
            // 嘉兴经开区 lies next to 南湖区's label: its own goes on one line, further down
            ...(unit.unit === 'jiaxing-etdz' ? { position: 'bottom', distance: 16 } : { position: 'right' }),
          },
          tooltip: { formatter: text(unit) },
        })),
      },
    ],
  };
}
