import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../evaluation/seeded-random.ts';
import { oneAtATimeDesign, saltelliDesign, uncertaintyDesign } from './sensitivity-design.ts';

const factors = [
  { dimension: 3, options: null },
  { dimension: 1, options: 4 },
  { dimension: 1, options: 2 },
];

describe('Monte Carlo designs', () => {
  it('ua: N runs of fresh uniforms in [0, 1), one block per factor of its dimension', () => {
    const runs = uncertaintyDesign(factors, 50, seededRandom(1));
    expect(runs).toHaveLength(50);
    for (const run of runs) {
      expect(run.draws.map((block) => block!.length)).toEqual([3, 1, 1]);
      for (const block of run.draws) for (const u of block!) expect(u >= 0 && u < 1).toBe(true);
    }
    expect(uncertaintyDesign(factors, 50, seededRandom(1))).toEqual(runs);
    expect(uncertaintyDesign(factors, 50, seededRandom(2))).not.toEqual(runs);
  });

  it('sa: A, B, then AB_i = A with block i (the whole block) from B', () => {
    const n = 7;
    const runs = saltelliDesign(factors, n, seededRandom('design'));
    expect(runs).toHaveLength(n * (factors.length + 2));
    for (let i = 0; i < factors.length; i++)
      for (let row = 0; row < n; row++) {
        const [a, b, ab] = [runs[row]!, runs[n + row]!, runs[(2 + i) * n + row]!];
        factors.forEach((_, k) => expect(ab.draws[k]).toEqual(k === i ? b.draws[k] : a.draws[k]));
        expect(a.draws[i]).not.toEqual(b.draws[i]);
      }
  });

  it('oat: each discrete option once at its middle, N draws of a continuous factor, others nominal', () => {
    const runs = oneAtATimeDesign(factors, 5, seededRandom(3));
    expect(runs.map((run) => run.factor)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
    expect(runs.filter((run) => run.factor === 1).map((run) => run.draws[1]![0])).toEqual([0.125, 0.375, 0.625, 0.875]);
    for (const run of runs) run.draws.forEach((block, k) => expect(block === null).toBe(k !== run.factor));
  });
});
