/**
 * A project's construction type (建设性质) as fixed-asset statistics name it — 新建, 扩建, 改建和技术改造 — and
 * the 技改 classification of DOMAIN.md §6: a technical-renovation project is one of type 改建和技术改造 in an
 * industry class from 0610 to 4690 (mining, manufacturing, utilities).
 */
import { toHalfWidth } from '../intake/to-half-width.ts';

export const CONSTRUCTION_TYPES = ['new', 'expansion', 'renovation'] as const;
export type ConstructionType = (typeof CONSTRUCTION_TYPES)[number];

const TYPE_BY_TEXT: Record<string, ConstructionType> = {
  新建: 'new',
  新建项目: 'new',
  扩建: 'expansion',
  扩建项目: 'expansion',
  改建和技术改造: 'renovation',
  改建及技术改造: 'renovation',
  技术改造: 'renovation',
  技改: 'renovation',
  改建: 'renovation',
  技改项目: 'renovation',
};

/** The type a 建设性质 cell names, or null when it names none. */
export function constructionTypeOf(text: string): ConstructionType | null {
  return TYPE_BY_TEXT[toHalfWidth(text).replace(/\s+/gu, '')] ?? null;
}

/**
 * 技改: type 改建和技术改造 and an industry code within 0610–4690 (a 2- or 3-digit code counts by its whole
 * range: 13 → 1300–1399). Without an industry code the answer is null (not known), never false.
 */
export function isTechnicalRenovation(industryCode: string | null, type: ConstructionType | null): boolean | null {
  if (type === null) return null;
  if (type !== 'renovation') return false;
  if (industryCode === null || !/^\d{2,4}$/.test(industryCode)) return null;
  const low = industryCode.padEnd(4, '0');
  const high = industryCode.padEnd(4, '9');
  return high >= '0610' && low <= '4690';
}
