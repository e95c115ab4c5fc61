/** One GB/T 4754 code with its parents up to the section and its direct children. */
import {
  industryLevelNames,
  industryLevelOf,
  isIndustrialCode,
  normaliseIndustryCode,
  type IndustryLevel,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findIndustries, listIndustries } from '../../repositories/industry.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';

export interface IndustryView {
  code: string;
  level: IndustryLevel;
  levelName: { zh: string; en: string };
  name: string;
  parentCode: string | null;
  section: string;
}

type IndustryRecord = Awaited<ReturnType<typeof findIndustries>>[number];

export function toIndustryView(row: IndustryRecord): IndustryView {
  const level = row.level as IndustryLevel;
  return {
    code: row.code,
    level,
    levelName: industryLevelNames[level],
    name: row.name_zh,
    parentCode: row.parent_code,
    section: row.section,
  };
}

export async function showIndustry(db: Kysely<DatabaseSchema>, input: string) {
  const code = normaliseIndustryCode(input);
  if (industryLevelOf(code) === null) {
    throw new AppError(
      'validation_failed',
      `“${input}”不是行业代码：应为门类字母 A–T 或 2–4 位数字 (not an industry code: a letter A–T or 2–4 digits)`,
    );
  }
  const candidates = [code, code.slice(0, 3), code.slice(0, 2)].filter(
    (part, index) => index === 0 || /^\d+$/.test(code),
  );
  const rows = await findIndustries(db, INDUSTRY_EDITION, [...new Set(candidates)]);
  const self = rows.find((row) => row.code === code);
  if (!self) throw notFound('行业代码', code);
  const lineage: IndustryView[] = [];
  const divisionOrSelf = rows.find((row) => row.level === 'division');
  const [section] = divisionOrSelf ? await findIndustries(db, INDUSTRY_EDITION, [divisionOrSelf.section]) : [];
  if (section && section.code !== code) lineage.push(toIndustryView(section));
  for (const length of [2, 3]) {
    const ancestor = rows.find((row) => row.code.length === length && row.code !== code && code.startsWith(row.code));
    if (ancestor) lineage.push(toIndustryView(ancestor));
  }
  const children = await listIndustries(db, INDUSTRY_EDITION, { parentCode: code, limit: 1000, offset: 0 });
  return {
    edition: INDUSTRY_EDITION,
    ...toIndustryView(self),
    industrial: isIndustrialCode(code) || ['B', 'C', 'D'].includes(code),
    parents: lineage,
    children: children.map(toIndustryView),
  };
}
