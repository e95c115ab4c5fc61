import { describe, expect, it } from 'vitest';
import { computeQuantities } from './compute-quantities.ts';
import { firm } from './evaluation.test-kit.ts';
import { buildEvaluationUnit } from './evaluation-unit.ts';
import { industryMatches, matchPredicate } from './match-predicate.ts';
import { BUILT_IN_QUANTITIES } from './scheme-quantity.ts';
import type { ScopePredicate } from './scope-predicate.ts';

const unitOf = (enterprise: ReturnType<typeof firm>) => {
  const unit = buildEvaluationUnit([enterprise]);
  return { unit, quantities: computeQuantities(unit.measures, BUILT_IN_QUANTITIES) };
};

describe('matchPredicate', () => {
  const accident = {
    tag: 'major_safety_accident',
    id: null,
    count: 1,
    date: '2023-05-01',
    source: '应急管理局',
    note: null,
  };
  const tenants = { tag: 'plant_rented_out', id: null, count: 3, date: null, source: null, note: null };
  it.each<{ name: string; predicate: ScopePredicate; enterprise: ReturnType<typeof firm>; expected: boolean }>([
    {
      name: 'land ≥ 3 at exactly 3',
      predicate: { quantity: 'land_net', atLeast: 3 },
      enterprise: firm('a', { land_own: 3 }),
      expected: true,
    },
    {
      name: 'land ≥ 3 at 2.9999',
      predicate: { quantity: 'land_net', atLeast: 3 },
      enterprise: firm('a', { land_own: 2.9999 }),
      expected: false,
    },
    {
      name: 'net land 0.1 + 0.2 rented in is at least 0.3',
      predicate: { quantity: 'land_net', atLeast: 0.3 },
      enterprise: firm('a', { land_rented_in: 0.1, land_own: 0.2 }),
      expected: true,
    },
    {
      name: 'land below 3 when missing',
      predicate: { quantity: 'land_net', below: 3 },
      enterprise: firm('a', {}),
      expected: false,
    },
    {
      name: 'missing land',
      predicate: { missing: 'land_net' },
      enterprise: firm('a', { tax_paid: 1 }),
      expected: true,
    },
    {
      name: 'power ≥ 20万kWh',
      predicate: { quantity: 'electricity', atLeast: 200000 },
      enterprise: firm('a', { electricity: 200000 }),
      expected: true,
    },
    {
      name: '规上 unknown is not 规上',
      predicate: { aboveScale: true },
      enterprise: firm('a', {}, { aboveScale: null }),
      expected: false,
    },
    {
      name: '规上 unknown is not 规下',
      predicate: { aboveScale: false },
      enterprise: firm('a', {}, { aboveScale: null }),
      expected: false,
    },
    {
      name: 'not producing',
      predicate: { inProduction: false },
      enterprise: firm('a', {}, { inProduction: false }),
      expected: true,
    },
    {
      name: 'industry by division',
      predicate: { industry: ['44'] },
      enterprise: firm('a', {}, { industryCode: '4411' }),
      expected: true,
    },
    {
      name: 'industry section D',
      predicate: { industry: ['D'] },
      enterprise: firm('a', {}, { industryCode: '4620' }),
      expected: true,
    },
    {
      name: 'industry section C excludes 44',
      predicate: { industry: ['C'] },
      enterprise: firm('a', {}, { industryCode: '4411' }),
      expected: false,
    },
    {
      name: 'no industry code',
      predicate: { industry: ['C'] },
      enterprise: firm('a', {}, { industryCode: null }),
      expected: false,
    },
    {
      name: 'a fact',
      predicate: { fact: 'major_safety_accident' },
      enterprise: firm('a', {}, { facts: [accident] }),
      expected: true,
    },
    {
      name: 'fact count',
      predicate: { fact: 'plant_rented_out', minCount: 4 },
      enterprise: firm('a', {}, { facts: [tenants] }),
      expected: false,
    },
    {
      name: 'tenant only: no own land, some rented in',
      predicate: { all: [{ missing: 'land_own' }, { quantity: 'land_rented_in', above: 0 }] },
      enterprise: firm('a', { land_rented_in: 2 }),
      expected: true,
    },
    {
      name: 'any',
      predicate: { any: [{ aboveScale: false }, { fact: 'x' }] },
      enterprise: firm('a', {}),
      expected: false,
    },
    { name: 'not', predicate: { not: { aboveScale: false } }, enterprise: firm('a', {}), expected: true },
  ])('$name', ({ predicate, enterprise, expected }) => {
    const { unit, quantities } = unitOf(enterprise);
    expect(matchPredicate(predicate, unit, quantities)).toBe(expected);
  });

  it.each([
    ['3311', '33', true],
    ['3311', '331', true],
    ['3311', '34', false],
    ['0610', 'B', true],
    ['4310', 'C', true],
    ['C', 'C', true],
  ])('industry %s under %s is %s', (code, prefix, expected) => {
    expect(industryMatches(code, prefix)).toBe(expected);
  });
});
