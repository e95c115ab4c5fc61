import { describe, expect, it } from 'vitest';
import { parseDisclosureRules } from '../disclosure/parse-disclosure-rules.ts';
import { withholdUnitSums, type UnitSumContribution } from './withhold-unit-sums.ts';

const rules = parseDisclosureRules('freq=3,p=10,nk=2:85');
const project = (unitId: string, code: string, value: number, ownerId: string | null = code): UnitSumContribution => ({
  unitId,
  contributorId: code,
  ownerId,
  value,
});

const spread = (unitId: string, prefix: string) =>
  [1, 2, 3, 4].map((n) => project(unitId, `${prefix}${n}`, 100 + n * 10));

describe('withholdUnitSums', () => {
  it('publishes units with enough projects of balanced size', () => {
    const result = withholdUnitSums({
      unitIds: ['A', 'B'],
      contributions: [...spread('A', 'a'), ...spread('B', 'b')],
      rules,
    });
    expect([...result.units]).toEqual([]);
    expect(result.city).toBe(false);
  });

  it('withholds a unit with one project and a second unit so that the city total does not give it away', () => {
    const result = withholdUnitSums({
      unitIds: ['A', 'B', 'C'],
      contributions: [...spread('A', 'a'), ...spread('B', 'b'), project('C', 'c1', 500)],
      rules,
    });
    expect(result.units.has('C')).toBe(true);
    expect(result.units.size).toBe(2);
    expect(result.city).toBe(false);
  });

  it('counts the projects of one enterprise as one contributor', () => {
    const oneFirm = [1, 2, 3, 4].map((n) => project('C', `c${n}`, 100, 'firm-c'));
    const result = withholdUnitSums({
      unitIds: ['A', 'B', 'C'],
      contributions: [...spread('A', 'a'), ...spread('B', 'b'), ...oneFirm],
      rules,
    });
    expect(result.units.has('C')).toBe(true);
  });

  it('withholds a dominated unit', () => {
    const dominated = [project('C', 'c1', 10_000), project('C', 'c2', 10), project('C', 'c3', 10)];
    const result = withholdUnitSums({
      unitIds: ['A', 'B', 'C'],
      contributions: [...spread('A', 'a'), ...spread('B', 'b'), ...dominated],
      rules,
    });
    expect(result.units.has('C')).toBe(true);
  });

  it('publishes its own unit to a unit audience that knows its projects', () => {
    const result = withholdUnitSums({
      unitIds: ['A', 'B', 'C'],
      contributions: [...spread('A', 'a'), ...spread('B', 'b'), project('C', 'c1', 500)],
      rules,
      knownUnit: 'C',
    });
    expect(result.units.has('C')).toBe(false);
    expect(result.city).toBe(false);
  });

  it('withholds nothing without contributions', () => {
    expect(withholdUnitSums({ unitIds: ['A'], contributions: [], rules }).units.size).toBe(0);
  });
});
