import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadWeights } from './spread-weights.ts';

describe('spreadWeights', () => {
  it('re-spreads the weights of present children; none present or zero weights give null', () => {
    expect(spreadWeights([1, 1, 2], [true, false, true])).toEqual([1 / 3, 0, 2 / 3]);
    expect(spreadWeights([1, 2], [false, false])).toBeNull();
    expect(spreadWeights([0, 2], [true, false])).toBeNull();
  });

  it('property: the re-spread weights sum to 1 and keep their ratios', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 20,
        }),
        (children) => {
          fc.pre(children.some(([, present]) => present));
          const spread = spreadWeights(
            children.map(([weight]) => weight),
            children.map(([, present]) => present),
          );
          expect(spread).not.toBeNull();
          expect(spread!.reduce((total, weight) => total + weight, 0)).toBeCloseTo(1, 12);
          children.forEach(([, present], index) => {
            if (!present) expect(spread![index]).toBe(0);
          });
        },
      ),
    );
  });
});
