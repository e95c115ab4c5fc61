import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePipelineDefinition } from '../pipeline-definition.ts';
import { discreteOption, replicatePlan } from './replicate-plan.ts';
import { resolveUncertainty } from './resolve-uncertainty.ts';
import { smallInput } from './sensitivity.test-kit.ts';
import { parseUncertaintySpecification } from './uncertainty-specification.ts';

const input = smallInput(
  [
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
  ],
  [1, 2, 3, 4, 5],
);
const definition = parsePipelineDefinition({
  steps: [
    { step: 'treat', indicators: { I3: 'none' } },
    { step: 'normalise', indicators: { I3: 'rank' } },
    { step: 'aggregate', weights: { I1: 10 } },
  ],
});
const resolved = resolveUncertainty(
  parseUncertaintySpecification({
    choices: [
      { vary: 'weight-noise', levels: { 1: 0.5 } },
      { vary: 'weight-sets', sets: [{}, { I2: 7 }] },
      { vary: 'step-switch', step: 'treat' },
      { vary: 'normalisation', alternatives: ['rank', 'borda'] },
      { vary: 'indicator-removal' },
    ],
  }),
  definition,
  input,
);
const nominal = resolved.choices.map(() => null);
const u = (value: number) => Float64Array.of(value);

describe('discreteOption', () => {
  it.each([
    [0, 3, 0],
    [0.3333, 3, 0],
    [0.3334, 3, 1],
    [0.999999, 3, 2],
    [1, 3, 2],
  ])('u = %f of %i options → %i', (value, options, expected) => expect(discreteOption(value, options)).toBe(expected));
});

describe('replicatePlan', () => {
  it('keeps the definition as written when every choice is nominal', () => {
    const plan = replicatePlan(definition, input.framework, resolved.choices, nominal);
    expect(plan).toEqual({ removed: null, steps: definition.steps, keys: ['', '', ''] });
  });

  it('noise keeps each parent’s weight total and stays within ±noise before re-scaling', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 5, maxLength: 5 }), (draws) => {
        const plan = replicatePlan(definition, input.framework, resolved.choices, [
          Float64Array.from(draws),
          null,
          null,
          null,
          null,
        ]);
        const step = plan.steps[2];
        if (step?.step !== 'aggregate') throw new Error('not aggregate');
        const w = step.weights;
        // P1 has I1 (10, from the definition), I3 (3), I5 (5); P2 has I2 (2), I4 (4).
        expect(w.I1! + w.I3! + w.I5!).toBeCloseTo(18, 10);
        expect(w.I2! + w.I4!).toBeCloseTo(6, 10);
        expect(plan.keys).toEqual(['', '', null]);
      }),
    );
  });

  it('applies sets before noise, switches a step off, replaces the method, and drops a removed indicator', () => {
    const plan = replicatePlan(definition, input.framework, resolved.choices, [
      null,
      u(0.9),
      u(0.9),
      u(0.9),
      u(3.5 / 6),
    ]);
    expect(plan.removed).toBe('I3');
    expect(plan.steps[0]).toBeNull();
    expect(plan.steps[1]).toMatchObject({ method: { type: 'borda' }, indicators: {} });
    expect(plan.steps[2]).toMatchObject({ weights: { I1: 10, I2: 7 } });
    expect(plan.keys).toEqual(['off;', 'n1;', 's1;']);
  });
});
