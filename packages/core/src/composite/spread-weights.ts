/**
 * Weights re-spread over the children that have a value: the weights of present children divided by their
 * sum, so they add up to 1 (COINr renormalises at every level). Null when no child is present or the present
 * children's weights add up to 0.
 */
export function spreadWeights(weights: readonly number[], present: readonly boolean[]): number[] | null {
  let total = 0;
  weights.forEach((weight, index) => {
    if (present[index] === true) total += weight;
  });
  if (!(total > 0)) return null;
  return weights.map((weight, index) => (present[index] === true ? weight / total : 0));
}
