/**
 * Which reporting unit a file means by the text in its 县（市、区） column: the id itself, the full name
 * (桐乡市), the name without its suffix (桐乡), or a common short form of a functional zone (经开区, 港区).
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
  return (text) => spellings.get(normalise(text)) ?? spellings.get(normalise(shortName(normalise(text)))) ?? null;
}
