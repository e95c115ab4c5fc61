/**
 * GB/T 4754-2017 industry codes: 门类 (section, a letter A–T), 大类 (division, 2 digits), 中类 (group, 3),
 * 小类 (class, 4), each code prefixing the next. Industry (工业) = sections B, C and D = divisions 06–46.
 */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export const industryLevelNames: Record<IndustryLevel, { zh: string; en: string }> = {
  section: { zh: '门类', en: 'section' },
  division: { zh: '大类', en: 'division' },
  group: { zh: '中类', en: 'group' },
  class: { zh: '小类', en: 'class' },
};

/** The level a code's form implies, or null when the text is not an industry code at all. */
export function industryLevelOf(code: string): IndustryLevel | null {
  if (/^[A-T]$/.test(code)) return 'section';
  if (/^\d{2}$/.test(code)) return 'division';
  if (/^\d{3}$/.test(code)) return 'group';
  if (/^\d{4}$/.test(code)) return 'class';
  return null;
}

/** The digit prefix of the next level up; a division's parent is its section, which needs the table. */
export function parentDigitsOf(code: string): string | null {
  return /^\d{3,4}$/.test(code) ? code.slice(0, -1) : null;
}

/** Whether a numeric code lies in industry (工业): divisions 06–46 (sections B, C, D). */
export function isIndustrialCode(code: string): boolean {
  if (!/^\d{2,4}$/.test(code)) return false;
  const division = Number(code.slice(0, 2));
  return division >= 6 && division <= 46;
}

/** Normalises what people type for a code: trims, drops spaces, upper-cases a section letter. */
export function normaliseIndustryCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}
