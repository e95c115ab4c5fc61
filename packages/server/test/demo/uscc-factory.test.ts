/** Every USCC the demo issues passes the platform's check without a warning, and none repeats. */
import fc from 'fast-check';
import { checkUscc } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/demo/random.ts';
import { UsccFactory } from '../../src/demo/uscc-factory.ts';

describe('UsccFactory', () => {
  it('issues valid, unique codes of registrar 9, type 1 and the given area', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.constantFrom('330402', '330483', '330400'), (seed, area) => {
        const factory = new UsccFactory(new Random(seed));
        const codes = Array.from({ length: 200 }, () => factory.next(area));
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) {
          const check = checkUscc(code);
          expect(check).toMatchObject({ valid: true, warning: null, area });
          expect(code.slice(0, 2)).toBe('91');
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an area code that is not 6 digits', () => {
    expect(() => new UsccFactory(new Random(1)).next('jiaxing-port')).toThrow(RangeError);
  });
});
