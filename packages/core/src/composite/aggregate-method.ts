/**
 * The aggregation methods a definition can name, and applying one to a group (one aggregate's children for
 * every unit): weighted `arithmetic-mean`, `geometric-mean`, `harmonic-mean`, `generalised-mean` (p),
 * `copeland` (outranking, COINr a_copeland) and `mazziotta-pareto` (Compind ci_mpi). A method is written
 * `{ type: generalised-mean, p: 0.5 }` or as a bare name. Means that cannot take zeros or negative values
 * refuse them with an error naming the aggregate, unit and child, as COINr does.
 */
import { z } from 'zod';
import { copelandScores } from './aggregate-copeland.ts';
import {
  weightedArithmeticMean,
  weightedGeneralisedMean,
  weightedGeometricMean,
  weightedHarmonicMean,
} from './aggregate-means.ts';
import { mazziottaParetoIndex } from './aggregate-mazziotta-pareto.ts';
import { CompositeError } from './composite-error.ts';
import type { Value } from './dataset.ts';

export const aggregateMethodSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { type: value } : value),
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('arithmetic-mean') }),
    z.strictObject({ type: z.literal('geometric-mean') }),
    z.strictObject({ type: z.literal('harmonic-mean') }),
    z.strictObject({
      type: z.literal('generalised-mean'),
      p: z.number().refine((p) => Number.isFinite(p) && p !== 0, 'p must be a finite number other than 0'),
    }),
    z.strictObject({ type: z.literal('copeland') }),
    z.strictObject({
      type: z.literal('mazziotta-pareto'),
      polarity: z.enum(['positive', 'negative']).default('positive'),
      dispersion: z.enum(['sample', 'population']).default('sample'),
    }),
  ]),
);
export type AggregateMethod = z.infer<typeof aggregateMethodSchema>;

export interface AggregationGroup {
  aggregate: string;
  children: readonly string[];
  unitCodes: readonly string[];
  /** rows[unit][child]. */
  rows: readonly (readonly Value[])[];
  weights: readonly number[];
  /** Least share of children present for a row-wise method to give a value (COINr dat_thresh); null: none. */
  dataThreshold: number | null;
}

function refuse(group: AggregationGroup, method: AggregateMethod, unit: number, child: number, value: number) {
  const where = `${group.aggregate} / ${group.unitCodes[unit] ?? ''} / ${group.children[child] ?? ''} = ${value}`;
  return new CompositeError(
    `${where}：${method.type} 不能用于 0 或负值，请先归一化到正值区间或改用其他方法 (${where}: ${method.type} cannot take zero or negative values; normalise to a positive range first or use another method)`,
  );
}

function checkDomain(group: AggregationGroup, method: AggregateMethod): void {
  const rejects =
    method.type === 'geometric-mean' || (method.type === 'generalised-mean' && method.p < 0)
      ? (value: number) => value <= 0
      : method.type === 'harmonic-mean'
        ? (value: number) => value === 0
        : null;
  if (rejects === null) return;
  group.rows.forEach((row, unit) =>
    row.forEach((value, child) => {
      if (value !== null && rejects(value)) throw refuse(group, method, unit, child, value);
    }),
  );
}

function rowWise(method: AggregateMethod, row: readonly Value[], weights: readonly number[]): Value {
  switch (method.type) {
    case 'arithmetic-mean':
      return weightedArithmeticMean(row, weights);
    case 'geometric-mean':
      return weightedGeometricMean(row, weights);
    case 'harmonic-mean':
      return weightedHarmonicMean(row, weights);
    case 'generalised-mean':
      return weightedGeneralisedMean(row, weights, method.p);
    case 'mazziotta-pareto':
      return mazziottaParetoIndex(row, method.polarity, method.dispersion);
    case 'copeland':
      throw new Error('copeland is not row-wise');
  }
}

export function aggregateGroup(group: AggregationGroup, method: AggregateMethod): Value[] {
  checkDomain(group, method);
  if (method.type === 'copeland') return copelandScores(group.rows, group.weights);
  return group.rows.map((row) => {
    const present = row.filter((value) => value !== null).length;
    if (group.dataThreshold !== null && present / row.length < group.dataThreshold) return null;
    return rowWise(method, row, group.weights);
  });
}
