/**
 * The industry classification as rows, and the structural checks a table must pass before it is loaded:
 * unique codes, each code's form matching its level, parents one level up that prefix their children.
 */
import { industryLevelOf, type IndustryLevel } from './industry-code.ts';

export interface IndustryRow {
  code: string;
  level: IndustryLevel;
  name: string;
  parentCode: string | null;
  section: string;
}

const levelDepth: Record<IndustryLevel, number> = { section: 0, division: 1, group: 2, class: 3 };

/** Returns the problems found, each naming the code; an empty list means the table is sound. */
export function checkIndustryTable(rows: readonly IndustryRow[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, IndustryRow>();
  for (const row of rows) {
    if (byCode.has(row.code)) problems.push(`${row.code}: 代码重复 (duplicate code)`);
    byCode.set(row.code, row);
  }
  for (const row of rows) {
    if (industryLevelOf(row.code) !== row.level)
      problems.push(`${row.code}: 代码形式与层级 ${row.level} 不符 (form does not match level)`);
    if (row.level === 'section') {
      if (row.parentCode !== null) problems.push(`${row.code}: 门类不应有上级 (a section has no parent)`);
      continue;
    }
    const parent = row.parentCode === null ? undefined : byCode.get(row.parentCode);
    if (!parent) {
      problems.push(`${row.code}: 上级 ${row.parentCode ?? '—'} 不存在 (parent missing)`);
      continue;
    }
    if (levelDepth[parent.level] !== levelDepth[row.level] - 1)
      problems.push(`${row.code}: 上级不在上一层 (parent not one level up)`);
    if (row.level !== 'division' && !row.code.startsWith(parent.code))
      problems.push(`${row.code}: 未以上级代码开头 (does not start with its parent)`);
    if (parent.section !== row.section) problems.push(`${row.code}: 门类与上级不一致 (section differs from parent's)`);
  }
  return problems;
}

/** Counts rows per level, and per section and level. */
export function countIndustryLevels(rows: readonly IndustryRow[]): Record<IndustryLevel, number> {
  const counts: Record<IndustryLevel, number> = { section: 0, division: 0, group: 0, class: 0 };
  for (const row of rows) counts[row.level] += 1;
  return counts;
}

/** The chain from the section down to the code itself, e.g. C → 17 → 171 → 1711. */
export function industryLineage(code: string, byCode: ReadonlyMap<string, IndustryRow>): IndustryRow[] {
  const chain: IndustryRow[] = [];
  let current = byCode.get(code);
  while (current) {
    chain.unshift(current);
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return chain;
}
