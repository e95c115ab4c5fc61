/**
 * The normalisation methods a definition can name, and applying one to an indicator column with its
 * direction, the way COINr's Normalise does: a less-is-better indicator (direction −1) is negated first, and
 * its target or goalposts are negated with it, so that a target is always "reached" from below and 100 (or 1)
 * is always best. A method is written `{ type: min-max, range: [0, 100] }`, or as a bare name when it needs
 * no parameters (`rank`). `distance-to-target` takes the META Target unless the definition gives `target`;
 * `distance-to-reference` takes as target the value of the unit named by `unit` (COINr n_dist2ref).
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import type { Value } from './dataset.ts';
import type { Direction } from './framework.ts';
import { bordaScores, percentileRanks, ranks } from './normalise-ranks.ts';
import { distanceToMax, distanceToTarget, fractionOfMax, goalposts, minMax, zScore } from './normalise-scales.ts';
import { rankTieMethods } from './rank-values.ts';

const ties = z.enum(rankTieMethods).default('min');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const normaliseMethodSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { type: value } : value),
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('min-max'),
      range: z
        .tuple([finite, finite])
        .default([0, 100])
        .refine(([lower, upper]) => lower < upper, 'range must be [lower, upper] with lower < upper'),
    }),
    z.strictObject({ type: z.literal('z-score'), mean: finite.default(0), sd: finite.positive().default(1) }),
    z.strictObject({ type: z.literal('rank'), ties }),
    z.strictObject({ type: z.literal('borda'), ties }),
    z.strictObject({ type: z.literal('percentile-rank'), ties }),
    z.strictObject({ type: z.literal('distance-to-max') }),
    z.strictObject({ type: z.literal('fraction-of-max') }),
    z.strictObject({
      type: z.literal('distance-to-target'),
      target: finite.optional(),
      capAtOne: z.boolean().default(false),
    }),
    z.strictObject({
      type: z.literal('distance-to-reference'),
      unit: z.string().min(1),
      capAtOne: z.boolean().default(false),
    }),
    z
      .strictObject({
        type: z.literal('goalposts'),
        lower: finite,
        upper: finite,
        scale: finite.default(1),
        truncate: z.boolean().default(true),
      })
      .refine((posts) => posts.lower < posts.upper, 'goalposts need lower < upper'),
    z.strictObject({ type: z.literal('none') }),
  ]),
);
export type NormaliseMethod = z.infer<typeof normaliseMethodSchema>;

/** The column being normalised: its code and META target, the direction to apply, the units of its rows. */
export interface NormaliseColumn {
  code: string;
  direction: Direction;
  target: number | null;
  unitCodes: readonly string[];
}

function referenceValue(directed: readonly Value[], column: NormaliseColumn, unit: string): number | null {
  const index = column.unitCodes.indexOf(unit);
  if (index < 0)
    throw new CompositeError(
      `${column.code}：distance-to-reference 的参照单位 ${unit} 不在数据中 (${column.code}: reference unit ${unit} is not in the data)`,
    );
  return directed[index] ?? null;
}

/** Normalises one indicator column: applies the direction, then the method. */
export function normaliseValues(values: readonly Value[], method: NormaliseMethod, column: NormaliseColumn): Value[] {
  const { direction } = column;
  const directed = values.map((value) => (value === null ? null : value * direction));
  switch (method.type) {
    case 'min-max':
      return minMax(directed, method.range[0], method.range[1]);
    case 'z-score':
      return zScore(directed, method.mean, method.sd);
    case 'rank':
      return ranks(directed, method.ties);
    case 'borda':
      return bordaScores(directed, method.ties);
    case 'percentile-rank':
      return percentileRanks(directed, method.ties);
    case 'distance-to-max':
      return distanceToMax(directed);
    case 'fraction-of-max':
      return fractionOfMax(directed);
    case 'distance-to-target': {
      const target = method.target ?? column.target;
      if (target === null)
        throw new CompositeError(
          `${column.code}：distance-to-target 需要目标值（定义中的 target 或指标元数据的 Target 列）(${column.code}: distance-to-target needs a target, in the definition or META's Target column)`,
        );
      return distanceToTarget(directed, target * direction, method.capAtOne);
    }
    case 'distance-to-reference': {
      const reference = referenceValue(directed, column, method.unit);
      return reference === null ? directed.map(() => null) : distanceToTarget(directed, reference, method.capAtOne);
    }
    case 'goalposts': {
      const [lower, upper] = direction === 1 ? [method.lower, method.upper] : [-method.upper, -method.lower];
      return goalposts(directed, { lower, upper, scale: method.scale, truncate: method.truncate });
    }
    case 'none':
      return directed;
  }
}
