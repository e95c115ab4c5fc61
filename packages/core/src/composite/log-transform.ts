/**
 * The log transforms COINr falls back to when winsorising does not bring a column within the outlier rule:
 * `log-ct` = log(x − min + 0.01·(max − min)) (COINr log_CT) and `log-ct-orig` = log(x − min + 1)
 * (log_CT_orig, the COIN Tool's original). Both keep the order of the values; missing stays missing.
 */
import { finiteOrNull, type Value } from './dataset.ts';
import { maximum, minimum, presentValues } from './descriptive-statistics.ts';

export const logTransforms = ['log-ct', 'log-ct-orig'] as const;
export type LogTransform = (typeof logTransforms)[number];

export function logTransform(values: readonly Value[], kind: LogTransform): Value[] {
  const present = presentValues(values);
  const low = minimum(present);
  const shift = kind === 'log-ct' ? 0.01 * (maximum(present) - low) : 1;
  return values.map((value) => (value === null ? null : finiteOrNull(Math.log(value - low + shift))));
}
