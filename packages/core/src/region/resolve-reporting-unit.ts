/**
 * Which reporting unit a file means by the text in its 县（市、区） column: the id itself, the full name
 * (桐乡市), the name without its suffix (桐乡), a common short form of a functional zone (经开区, 港区), or
 * a longer text that names exactly one unit (国家税务总局桐乡市税务局 → 桐乡市).
 */
import { toHalfWidth } from '../intake/to-half-width.ts';

export interface NamedReportingUnit {
  id: string;
  nameZh: string;
}

const zoneAliases: Record<string, readonly string[]> = {
  'jiaxing-etdz': ['经开区', '经济技术开发区', '嘉兴经开区', '嘉兴经济开发区', '嘉兴经济技术开发区'],
  'jiaxing-port': ['港区', '嘉兴港区', '乍浦', '乍浦经济开发区', '浙江乍浦经济开发区'],
};

const normalise = (text: string) =>
  toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^嘉兴市/, '');
const shortName = (name: string) => name.replace(/（.*?）|\(.*?\)/g, '').replace(/(市|区|县)$/, '');

/** A map from every accepted spelling to the unit id; build it once per file. */
export function reportingUnitLookup(units: readonly NamedReportingUnit[]): (text: string) => string | null {
  const spellings = new Map<string, string>();
  for (const unit of units) {
    spellings.set(unit.id, unit.id);
    spellings.set(normalise(unit.nameZh), unit.id);
    spellings.set(normalise(shortName(unit.nameZh)), unit.id);
    for (const alias of zoneAliases[unit.id] ?? []) spellings.set(normalise(alias), unit.id);
  }
  const fullNames = units.map((unit) => ({
    id: unit.id,
    names: [normalise(unit.nameZh), ...(zoneAliases[unit.id] ?? []).map(normalise)],
  }));
  const named = (text: string): string | null => {
    const hits = new Set(
      fullNames
        .filter((unit) => unit.names.some((name) => name.length >= 3 && text.includes(name)))
        .map((unit) => unit.id),
    );
    return hits.size === 1 ? [...hits][0]! : null;
  };
  return (text) => {
    const plain = normalise(text);
    return spellings.get(plain) ?? spellings.get(normalise(shortName(plain))) ?? (plain === '' ? null : named(plain));
  };
}
