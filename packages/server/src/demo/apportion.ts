/**
 * Whole-number shares that add up exactly: the largest-remainder method. Every figure the demo writes is a
 * whole number of its smallest displayed unit (0.1 万元 = 1 千元, 1 吨标煤, 1 千瓦时), so totals, 合计 rows and
 * calibration targets hold exactly, not just after rounding.
 */

/** Splits an integer `total` in proportion to `weights` (≥ 0); the parts are integers adding up to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`total must be a safe integer, not ${total}`);
  if (total < 0) return apportion(-total, weights).map((part) => -part || 0);
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const shares = sum > 0 ? weights.map((weight) => weight / sum) : weights.map(() => 1 / weights.length);
  return roundToTotal(
    shares.map((share) => share * total),
    total,
  );
}

/**
 * Scales non-negative integers by one factor so that they add up to `target` exactly: each becomes the
 * floor of its scaled value, and the shortfall goes one by one to the largest fractional parts.
 */
export function scaleToTotal(values: readonly number[], target: number): number[] {
  const sum = values.reduce((acc, value) => acc + value, 0);
  if (sum <= 0)
    return apportion(
      target,
      values.map(() => 1),
    );
  const factor = target / sum;
  return roundToTotal(
    values.map((value) => value * factor),
    target,
  );
}

/** Rounds exact (real) shares to integers with the given sum: floors, then +1 for the largest remainders. */
function roundToTotal(exact: readonly number[], total: number): number[] {
  const parts = exact.map((value) => Math.floor(value));
  let shortfall = total - parts.reduce((acc, part) => acc + part, 0);
  if (shortfall === 0) return parts;
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; shortfall > 0; k = (k + 1) % order.length) {
    const { index } = order[k] as { index: number };
    parts[index] = (parts[index] ?? 0) + 1;
    shortfall -= 1;
  }
  for (let k = 0; shortfall < 0; k = (k + 1) % order.length) {
    const { index } = order[order.length - 1 - k] as { index: number };
    if ((parts[index] ?? 0) > 0) {
      parts[index] = (parts[index] ?? 0) - 1;
      shortfall += 1;
    }
  }
  return parts;
}
