/**
 * Finding a unit from how it is written in a header or a cell: its code, Chinese name, symbol or a common
 * spelling, with or without spaces, brackets or a "单位：" prefix — "万元", "万 元", "(万元)", "（单位：万元）",
 * "m2", "㎡", "kWh", "度", "万kWh", "吨标准煤", "tce". Unknown text gives undefined.
 */
import { UNIT_SPELLINGS } from './unit-spellings.ts';
import { UNITS, type Unit } from './unit-catalogue.ts';

const WRAPPING_BRACKETS = /^[([{【〔](.*)[)\]}】〕]$/u;
const UNIT_PREFIX = /^(?:计量)?单位[:：]?/u;

/** The comparison form of a unit's spelling: NFKC, lower case, no whitespace, no wrapping brackets. */
export function normaliseUnitText(text: string): string {
  let result = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(WRAPPING_BRACKETS, '$1').replace(UNIT_PREFIX, '');
  }
  return result;
}

function spellingsOf(unit: Unit): string[] {
  const own = [unit.code, unit.name.zh, unit.name.en, unit.symbol, unit.latinSymbol ?? ''];
  return [...own, ...UNIT_SPELLINGS[unit.code]].filter((spelling) => spelling !== '');
}

/** Every normalised spelling → its unit; a spelling claimed by two units is a catalogue error. */
function buildIndex(): ReadonlyMap<string, Unit> {
  const index = new Map<string, Unit>();
  for (const unit of UNITS) {
    for (const spelling of spellingsOf(unit)) {
      const key = normaliseUnitText(spelling);
      const existing = index.get(key);
      if (existing !== undefined && existing !== unit) {
        throw new Error(`unit spelling "${spelling}" is claimed by both ${existing.code} and ${unit.code}`);
      }
      index.set(key, unit);
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The unit written as `text`, or undefined when the text names no known unit. */
export function findUnit(text: string): Unit | undefined {
  const key = normaliseUnitText(text);
  return key === '' ? undefined : INDEX.get(key);
}
