import { describe, expect, it } from 'vitest';
import { CANONICAL_UNITS } from '../units/index.ts';
import { getMeasure, MEASURES } from './measure-catalogue.ts';

describe('measure catalogue', () => {
  it('has unique codes, each with a canonical unit', () => {
    expect(new Set(MEASURES.map((measure) => measure.code)).size).toBe(MEASURES.length);
    for (const measure of MEASURES) expect(CANONICAL_UNITS[measure.dimension]).toBeDefined();
  });

  it.each([
    ['industrial_output', 'money', 'cumulative', 'statistics'],
    ['electricity', 'electricity', 'monthly', 'power'],
    ['tax_paid', 'money', 'annual', 'tax'],
    ['cod', 'pollutant', 'annual', 'environment'],
  ])('%s is %s, %s, from %s', (code, dimension, kind, department) => {
    expect(getMeasure(code)).toMatchObject({ dimension, kind, department });
  });

  it('knows no measure it was not given', () => {
    expect(getMeasure('nope')).toBeUndefined();
  });
});
