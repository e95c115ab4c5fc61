/**
 * A firm's year as the data rules read it: its own 规上 flag when it has one; without one, 规下 when the year's
 * 规上 list (statistics) is loaded — the list names every 规上 firm — and unknown otherwise; tax, land, energy and
 * value added summed from the evaluation's measures.
 */
import type { EvaluationEnterprise } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/services/rectification/read-rectification-facts.ts';

const firm = (aboveScale: boolean | null): EvaluationEnterprise =>
  ({
    enterpriseId: '1',
    uscc: '91330402MA0000001X',
    name: '测试企业',
    reportingUnitId: '330402',
    industryCode: '1711',
    aboveScale,
    inProduction: true,
    measures: { tax_paid: 100_000, tax_refund: 20_000, land_own: 10, land_rented_out: 2, energy_consumption: 30 },
    parcels: [],
    facts: [],
  }) as EvaluationEnterprise;

describe('yearOf', () => {
  it.each([
    [true, true, true],
    [true, false, true],
    [false, true, false],
    [false, false, false],
    [null, true, false],
    [null, false, null],
  ])('flag %s, 规上 list loaded %s → aboveScale %s', (flag, listed, expected) => {
    expect(yearOf(firm(flag), 2024, listed).aboveScale).toBe(expected);
  });

  it('sums tax and net land', () => {
    expect(yearOf(firm(true), 2024, true)).toMatchObject({ year: 2024, taxYuan: 120_000, landMu: 8, energyTce: 30 });
  });
});
