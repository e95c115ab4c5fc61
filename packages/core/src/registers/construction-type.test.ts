import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constructionTypeOf, isTechnicalRenovation, CONSTRUCTION_TYPES } from './construction-type.ts';

describe('constructionTypeOf', () => {
  it.each([
    ['新建', 'new'],
    [' 扩建 ', 'expansion'],
    ['改建和技术改造', 'renovation'],
    ['技术改造', 'renovation'],
    ['技改', 'renovation'],
    ['迁建', null],
  ])('%s → %s', (text, type) => {
    expect(constructionTypeOf(text)).toBe(type);
  });
});

describe('isTechnicalRenovation (DOMAIN.md §6: 0610–4690 and 改建和技术改造)', () => {
  it.each([
    ['1711', 'renovation', true],
    ['0610', 'renovation', true],
    ['4690', 'renovation', true],
    ['0600', 'renovation', false],
    ['4710', 'renovation', false],
    ['17', 'renovation', true],
    ['06', 'renovation', true],
    ['05', 'renovation', false],
    ['1711', 'new', false],
    [null, 'renovation', null],
    ['1711', null, null],
  ] as const)('%s %s → %s', (code, type, expected) => {
    expect(isTechnicalRenovation(code, type)).toBe(expected);
  });

  it('is never true for a type other than renovation', () => {
    const code = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(code, fc.constantFrom(...CONSTRUCTION_TYPES), (industry, type) => {
        const result = isTechnicalRenovation(industry, type);
        expect(result).toBe(type === 'renovation' ? industry >= '0610' && industry <= '4690' : false);
      }),
    );
  });
});
