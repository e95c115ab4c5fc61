/**
 * The dimensions a quantity can have (money, area, electricity, ...). Only quantities of the same
 * dimension convert into each other; each dimension has one canonical unit (see unit-catalogue.ts).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const DIMENSIONS = {
  money: { zh: '金额', en: 'money' },
  area: { zh: '面积', en: 'area' },
  electricity: { zh: '电量', en: 'electricity' },
  energy: { zh: '能源消费量', en: 'energy' },
  pollutant: { zh: '污染物排放当量', en: 'pollutant' },
  mass: { zh: '重量', en: 'mass' },
  people: { zh: '人数', en: 'people' },
  count: { zh: '个数', en: 'count' },
  ratio: { zh: '比率', en: 'ratio' },
} as const satisfies Record<string, BilingualName>;

export type Dimension = keyof typeof DIMENSIONS;

export function isDimension(value: string): value is Dimension {
  return Object.hasOwn(DIMENSIONS, value);
}
