/**
 * The Mazziotta–Pareto index of one unit over its (standardised) children: mean Mᵢ penalised by the
 * dispersion of the unit's values, MPIᵢ = Mᵢ − Sᵢ·cvᵢ for an index where more is better (`positive`) and
 * Mᵢ + Sᵢ·cvᵢ where less is better (`negative`), with cvᵢ = Sᵢ/Mᵢ. Sᵢ is the sample standard deviation by
 * default, as Compind's ci_mpi computes it; `population` follows De Muro, Mazziotta and Pareto (2011).
 * Unweighted by definition; missing children are skipped; fewer than 2 present values give missing.
 */
import { finiteOrNull, type Value } from './dataset.ts';
import { mean, populationSd, presentValues, sampleSd } from './descriptive-statistics.ts';

export type MpiPolarity = 'positive' | 'negative';
export type MpiDispersion = 'sample' | 'population';

export function mazziottaParetoIndex(
  values: readonly Value[],
  polarity: MpiPolarity,
  dispersion: MpiDispersion,
): Value {
  const present = presentValues(values);
  if (present.length < 2) return null;
  const centre = mean(present);
  const spread = dispersion === 'sample' ? sampleSd(present) : populationSd(present);
  const penalty = (spread * spread) / centre;
  return finiteOrNull(polarity === 'positive' ? centre - penalty : centre + penalty);
}
