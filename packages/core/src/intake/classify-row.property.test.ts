/**
 * Law: rowClassifier, which looks only at cells that can say 合计, 小计, 其中 or hold a note's colon, gives
 * the kind the plain rule gives (every label cell compacted and matched), on rows of labels, names and numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowClassifier, type RowKind } from './classify-row.ts';
import type { CellValue } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

/** The rule as first written: every cell up to the right-most identity column compacted and tested. */
function plainRule(row: readonly CellValue[], identityIndexes: readonly number[]): RowKind {
  const compact = (value: CellValue | undefined) =>
    typeof value === 'string' ? toHalfWidth(value).replace(/\s+/gu, '') : '';
  const firstFilled = row.find(
    (value) => !(value === null || value === undefined || (typeof value === 'string' && value.trim() === '')),
  );
  if (firstFilled === undefined) return 'blank';
  if (/^(?:注|说明|备注|数据来源|资料来源|填表人|填报人|制表|制表人|制表单位)\d*[:：]/u.test(compact(firstFilled)))
    return 'note';
  const indexes =
    identityIndexes.length === 0
      ? [0]
      : [...new Set([...Array.from({ length: Math.max(...identityIndexes) + 1 }, (_, i) => i), ...identityIndexes])];
  const cells = indexes.map((index) => compact(row[index]));
  if (cells.some((text) => /^\p{Script=Han}{0,8}(?:合计|总计)[:：]?$/u.test(text))) return 'total';
  if (cells.some((text) => /^\p{Script=Han}{0,8}小计[:：]?$/u.test(text))) return 'subtotal';
  if (cells.some((text) => /^其中/u.test(text))) return 'of_which';
  return 'data';
}

const fragment = fc.constantFrom(
  '合计',
  '总计',
  '小计',
  '其中',
  '：',
  ':',
  '注',
  '说明',
  '填表人',
  '全市',
  ' ',
  '\u3000',
  '企业',
  '1',
  'Ａ',
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join('')),
  fc.constant(null),
  fc.integer(),
);

describe('rowClassifier', () => {
  it('classifies as the plain rule does', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), fc.array(fc.nat(5), { maxLength: 3 }), (row, identity) => {
        expect(rowClassifier(identity)(row)).toBe(plainRule(row, identity));
      }),
      { numRuns: 5000 },
    );
  });
});
