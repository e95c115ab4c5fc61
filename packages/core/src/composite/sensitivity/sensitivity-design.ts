/**
 * Monte Carlo designs over the uncertain choices, each choice taking `dimension` uniforms per run (a block,
 * so a weight vector is one input factor and is swapped as a whole):
 * - uncertainty (ua): N independent runs;
 * - Saltelli (sa): matrices A and B (N rows each) and, for every choice i, AB_i = A with i's block from B;
 *   runs in the order A, B, AB_1 … AB_d (N·(d + 2) runs), as COINr's SA_sample;
 * - one at a time (oat): for each choice, the others nominal (null) and this one at each of its options
 *   (u at the option's middle) or, for a continuous choice, at N random draws.
 * Draws come from the given random source, row by row and choice by choice, so a seed fixes the design.
 */
import type { RandomSource } from '../../evaluation/seeded-random.ts';
import type { ReplicateDraws } from './replicate-plan.ts';

export interface DesignFactor {
  dimension: number;
  /** Discrete options, or null for a continuous factor. */
  options: number | null;
}

export interface DesignRun {
  draws: ReplicateDraws;
  /** For oat runs: the factor that moves. */
  factor: number | null;
}

function drawRow(factors: readonly DesignFactor[], random: RandomSource): Float64Array[] {
  return factors.map((factor) => {
    const block = new Float64Array(factor.dimension);
    for (let index = 0; index < block.length; index++) block[index] = random();
    return block;
  });
}

export function uncertaintyDesign(factors: readonly DesignFactor[], n: number, random: RandomSource): DesignRun[] {
  return Array.from({ length: n }, () => ({ draws: drawRow(factors, random), factor: null }));
}

export function saltelliDesign(factors: readonly DesignFactor[], n: number, random: RandomSource): DesignRun[] {
  const a: Float64Array[][] = [];
  const b: Float64Array[][] = [];
  for (let row = 0; row < n; row++) {
    a.push(drawRow(factors, random));
    b.push(drawRow(factors, random));
  }
  const mixed = factors.flatMap((_, factor) =>
    a.map((rowA, row) => rowA.map((block, index) => (index === factor ? b[row]![index]! : block))),
  );
  return [...a, ...b, ...mixed].map((draws) => ({ draws, factor: null }));
}

export function oneAtATimeDesign(factors: readonly DesignFactor[], n: number, random: RandomSource): DesignRun[] {
  return factors.flatMap((factor, index) => {
    const blocks =
      factor.options === null
        ? Array.from({ length: n }, () => drawRow([factor], random)[0]!)
        : Array.from({ length: factor.options }, (_, option) =>
            Float64Array.of((option + 0.5) / (factor.options ?? 1)),
          );
    return blocks.map((block) => ({
      draws: factors.map((_, other) => (other === index ? block : null)),
      factor: index,
    }));
  });
}
