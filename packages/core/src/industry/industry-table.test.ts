import { describe, expect, it } from 'vitest';
import { industryLevelOf, isIndustrialCode, normaliseIndustryCode, parentDigitsOf } from './industry-code.ts';
import { checkIndustryTable, countIndustryLevels, industryLineage, type IndustryRow } from './industry-table.ts';

const rows: IndustryRow[] = [
  { code: 'C', level: 'section', name: '制造业', parentCode: null, section: 'C' },
  { code: '17', level: 'division', name: '纺织业', parentCode: 'C', section: 'C' },
  { code: '171', level: 'group', name: '棉纺织及印染精加工', parentCode: '17', section: 'C' },
  { code: '1711', level: 'class', name: '棉纺纱加工', parentCode: '171', section: 'C' },
];

describe('industry codes', () => {
  it.each([
    ['C', 'section'],
    ['17', 'division'],
    ['171', 'group'],
    ['1711', 'class'],
    ['U', null],
    ['17110', null],
    ['1', null],
    ['c', null],
  ])('level of %s is %s', (code, level) => expect(industryLevelOf(code)).toBe(level));

  it.each([
    ['0610', true],
    ['06', true],
    ['4690', true],
    ['0599', false],
    ['4711', false],
    ['C', false],
  ])('%s is industrial: %s', (code, industrial) => expect(isIndustrialCode(code)).toBe(industrial));

  it('normalises what people type', () => {
    expect(normaliseIndustryCode(' 17 11 ')).toBe('1711');
    expect(normaliseIndustryCode('c')).toBe('C');
    expect(parentDigitsOf('1711')).toBe('171');
    expect(parentDigitsOf('17')).toBeNull();
  });
});

describe('checkIndustryTable', () => {
  it('accepts a sound table and counts its levels', () => {
    expect(checkIndustryTable(rows)).toEqual([]);
    expect(countIndustryLevels(rows)).toEqual({ section: 1, division: 1, group: 1, class: 1 });
    expect(industryLineage('1711', new Map(rows.map((row) => [row.code, row]))).map((row) => row.code)).toEqual([
      'C',
      '17',
      '171',
      '1711',
    ]);
  });

  it.each([
    ['a duplicate', [...rows, rows[3]!], /duplicate/],
    ['a missing parent', [rows[0]!, rows[1]!, rows[3]!], /parent missing/],
    ['a class not under its group', [...rows, { ...rows[3]!, code: '1721' }], /does not start with its parent/],
    [
      'a form that does not match the level',
      [...rows, { ...rows[3]!, code: '1712', level: 'group' as const }],
      /form does not match/,
    ],
    [
      'a section that differs from the parent',
      [...rows, { ...rows[3]!, code: '1712', section: 'B' }],
      /section differs/,
    ],
  ])('finds %s', (_name, table, pattern) => {
    expect(checkIndustryTable(table).join('\n')).toMatch(pattern);
  });
});
