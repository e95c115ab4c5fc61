/**
 * Relatedness between industries from their co-occurrence matrix c (symmetric, industries × industries; the
 * diagonal is ignored), with s_i = Σ_j c_ij and T = Σ_ij c_ij (diagonal set to 0), as EconGeo's relatedness
 * (van Eck & Waltman 2009 normalisations):
 *   association  (c_ij / T) / ((s_i / T)(s_j / T))
 *   prob         c_ij / ([(s_j/T)(s_i/(T − s_j)) + (s_i/T)(s_j/(T − s_i))] · T/2)   (EconGeo's default)
 *   cosine       c_ij / √(s_i s_j)
 *   jaccard      c_ij / (s_i + s_j − c_ij)
 * The diagonal is 0. Relatedness density of region r for industry i (EconGeo relatedness_density) =
 * 100 · Σ_j x_rj φ_ji / Σ_j φ_ji, with x the region's binary specialisation (usually binary LQ): the share of
 * the industries related to i that the region has.
 * Conventions: 0/0 (an industry without any co-occurrence) is null; EconGeo writes 0. Density is not rounded
 * (EconGeo rounds to 2 dp) and is null where an industry is related to nothing.
 */
export type RelatednessMethod = 'association' | 'prob' | 'cosine' | 'jaccard';

type Square = readonly (readonly number[])[];

export function relatedness(coOccurrence: Square, method: RelatednessMethod = 'prob'): (number | null)[][] {
  const c = coOccurrence.map((row, i) => row.map((value, j) => (i === j ? 0 : value)));
  const s = c.map((_, j) => c.reduce((sum, row) => sum + row[j]!, 0));
  const total = s.reduce((sum, value) => sum + value, 0);
  const measure = (cij: number, si: number, sj: number): number => {
    switch (method) {
      case 'association':
        return cij / total / ((si / total) * (sj / total));
      case 'prob':
        return cij / (((sj / total) * (si / (total - sj)) + (si / total) * (sj / (total - si))) * (total / 2));
      case 'cosine':
        return cij / Math.sqrt(si * sj);
      case 'jaccard':
        return cij / (si + sj - cij);
    }
  };
  return c.map((row, i) =>
    row.map((cij, j) => {
      if (i === j) return 0;
      const value = measure(cij, s[i]!, s[j]!);
      return Number.isFinite(value) ? value : null;
    }),
  );
}

/** density[r][i] in percent, from a binary region × industry matrix and an industry × industry relatedness. */
export function relatednessDensity(
  binary: readonly (readonly number[])[],
  related: readonly (readonly number[])[],
): (number | null)[][] {
  const columnTotals = related.map((_, i) => related.reduce((sum, row) => sum + row[i]!, 0));
  return binary.map((presence) =>
    columnTotals.map((total, i) => {
      if (total === 0) return null;
      const near = presence.reduce((sum, has, j) => sum + has * related[j]![i]!, 0);
      return (100 * near) / total;
    }),
  );
}
