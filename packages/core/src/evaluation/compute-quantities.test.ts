import { describe, expect, it } from 'vitest';
import { computeQuantities } from './compute-quantities.ts';
import { decimalOf, decimalToNumber } from './exact-decimal.ts';
import { BUILT_IN_QUANTITIES, effectiveQuantities } from './scheme-quantity.ts';

const measuresOf = (values: Record<string, number>) =>
  new Map(Object.entries(values).map(([code, value]) => [code, decimalOf(value)]));
const valueOf = (values: Record<string, number>, id: string, definitions = BUILT_IN_QUANTITIES) => {
  const value = computeQuantities(measuresOf(values), definitions).get(id) ?? null;
  return value === null ? null : decimalToNumber(value);
};

describe('computeQuantities', () => {
  it.each<{ name: string; measures: Record<string, number>; id: string; expected: number | null }>([
    {
      name: 'net land',
      measures: { land_own: 30, land_rented_in: 5.25, land_rented_out: 10 },
      id: 'land_net',
      expected: 25.25,
    },
    { name: 'tenant only', measures: { land_rented_in: 3.1 }, id: 'land_net', expected: 3.1 },
    { name: 'no land data', measures: { tax_paid: 5 }, id: 'land_net', expected: null },
    { name: 'decimals add exactly', measures: { land_own: 0.1, land_rented_in: 0.2 }, id: 'land_net', expected: 0.3 },
    {
      name: 'tax with add-backs',
      measures: { tax_paid: 1000000.1, tax_export_credit: 200000.2, tax_refund: 0.3 },
      id: 'evaluation_tax',
      expected: 1200000.6,
    },
    { name: 'tax without add-backs', measures: { tax_paid: 100 }, id: 'evaluation_tax', expected: 100 },
    { name: 'tax paid missing (required)', measures: { tax_export_credit: 100 }, id: 'evaluation_tax', expected: null },
    { name: 'emissions, some pollutants', measures: { cod: 0.5, nox: 0.25 }, id: 'emissions', expected: 0.75 },
    { name: 'no emission data', measures: {}, id: 'emissions', expected: null },
    {
      name: 'annual value added first',
      measures: { annual_value_added: 9, value_added: 8 },
      id: 'value_added_year',
      expected: 9,
    },
    { name: 'else cumulative', measures: { value_added: 8 }, id: 'value_added_year', expected: 8 },
  ])('$name', ({ measures, id, expected }) => {
    expect(valueOf(measures, id)).toBe(expected);
  });

  it('lets a scheme redefine a built-in (here: refunds are not added back)', () => {
    const definitions = effectiveQuantities([
      {
        id: 'evaluation_tax',
        name: { zh: '评价税收', en: 'tax' },
        sum: [
          { of: 'tax_paid', sign: 1, optional: false },
          { of: 'tax_refund', sign: -1, optional: true },
        ],
        note: null,
      },
    ]);
    expect(valueOf({ tax_paid: 100, tax_refund: 30 }, 'evaluation_tax', definitions)).toBe(70);
    expect(definitions.filter((q) => q.id === 'evaluation_tax')).toHaveLength(1);
  });
});
