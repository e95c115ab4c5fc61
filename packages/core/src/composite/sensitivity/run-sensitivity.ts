/**
 * Uncertainty and sensitivity analysis of a composite index (COINr get_sensitivity, learned not copied): the
 * definition is rerun with its uncertain choices drawn from a seeded Monte Carlo design, and each run ranks the
 * units by the target (default: the top aggregate of the final stage; highest first, ties share the lowest
 * rank, as the results table). Per unit: nominal rank, mean, median, 5–95 % rank interval, mean shift. Overall:
 * the mean absolute rank shift. With `sa`, first-order and total sensitivity indices of the mean absolute rank
 * shift (and of each unit's rank) per choice; with `oat`, the shift each choice causes alone. A run whose
 * choices the engine refuses (e.g. a geometric mean over z-scores) counts as failed, with its message, and
 * is left out. Pure and deterministic for a seed.
 */
import { CompositeError } from '../composite-error.ts';
import type { CompositeInput } from '../step-context.ts';
import type { PipelineDefinition } from '../pipeline-definition.ts';
import { rankValues } from '../rank-values.ts';
import { seededRandom } from '../../evaluation/seeded-random.ts';
import { replicatePlan } from './replicate-plan.ts';
import { ReplicateRunner, type ReplicateOutput } from './replicate-runner.ts';
import { resolveUncertainty, type ResolvedChoice } from './resolve-uncertainty.ts';
import { meanAbsoluteRankShift, unitRankStatistics, type UnitRankStatistics } from './rank-statistics.ts';
import { oneAtATimeDesign, saltelliDesign, uncertaintyDesign, type DesignRun } from './sensitivity-design.ts';
import { estimateSensitivityIndices } from './sensitivity-indices.ts';
import type { SensitivityType, UncertaintySpecification } from './uncertainty-specification.ts';

export interface UnitUncertainty extends UnitRankStatistics {
  uCode: string;
  nominalScore: number | null;
  nominalRank: number | null;
  /** sa only: indices of this unit's rank, one per choice (null without variance or with missing ranks). */
  firstOrder: (number | null)[] | null;
  total: (number | null)[] | null;
}

export interface ChoiceEffect {
  name: string;
  vary: ResolvedChoice['vary'];
  /** Discrete options, or null for weight noise. */
  options: number | null;
  /** sa: first-order and total index of the mean absolute rank shift. */
  firstOrder: number | null;
  total: number | null;
  /** oat: runs of this choice alone, mean and largest mean absolute rank shift. */
  oneAtATime: { runs: number; meanShift: number | null; maxShift: number | null } | null;
}

export interface SensitivityResult {
  name: string;
  type: SensitivityType;
  /** N: replicates (ua), base sample size (sa), draws per continuous choice (oat). */
  replicates: number;
  runs: number;
  seed: number | string;
  target: { stage: string; iCode: string };
  /** Mean over the summary runs of each run's mean absolute rank shift. */
  meanAbsoluteRankShift: number | null;
  /** sa: variance of the shift and sample points used by the estimators. */
  variance: number | null;
  sensitivityPoints: number | null;
  /** Units in order of nominal rank (units without one last, in DATA's order). */
  units: UnitUncertainty[];
  choices: ChoiceEffect[];
  failedRuns: number;
  failures: { message: string; runs: number }[];
  /** The summary runs' ranks (ua: all; sa: A and B; oat: all), run × unit in the order of `units`. */
  replicateRanks: (number | null)[][];
}

export interface SensitivityOverrides {
  type?: SensitivityType;
  replicates?: number;
  seed?: number | string;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

function ranksOf(output: ReplicateOutput, unitIndex: ReadonlyMap<string, number>, units: number): Float64Array {
  const ranks = new Float64Array(units).fill(Number.NaN);
  const ranked = rankValues(output.values.map((value) => (value === null ? null : -value)));
  output.unitCodes.forEach((uCode, position) => {
    const unit = unitIndex.get(uCode);
    const rank = ranked[position];
    if (unit !== undefined && rank !== null && rank !== undefined) ranks[unit] = rank;
  });
  return ranks;
}

function design(type: SensitivityType, choices: readonly ResolvedChoice[], n: number, seed: number | string) {
  const random = seededRandom(seed);
  if (type === 'sa') return saltelliDesign(choices, n, random);
  if (type === 'oat') return oneAtATimeDesign(choices, n, random);
  return uncertaintyDesign(choices, n, random);
}

export function runSensitivity(
  input: CompositeInput,
  definition: PipelineDefinition,
  specification: UncertaintySpecification,
  overrides: SensitivityOverrides = {},
): SensitivityResult {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const spec: UncertaintySpecification = { ...specification, ...given };
  const { choices, target, reducedInputs } = resolveUncertainty(spec, definition, input);
  const runner = new ReplicateRunner(input, reducedInputs, { steps: definition.steps, target });
  const plan = (run: DesignRun['draws']) => replicatePlan(definition, input.framework, choices, run);
  const unitCodes = input.data.unitCodes;
  const unitIndex = new Map(unitCodes.map((uCode, index) => [uCode, index]));
  const nominalOutput = runner.run(plan(choices.map(() => null)));
  if (nominalOutput.values.every((value) => value === null))
    throw new CompositeError(
      `名义计算的 ${target.stage} 阶段没有 ${target.iCode} 的值 (the nominal run has no values of ${target.iCode} in stage ${target.stage})`,
    );
  const nominal = ranksOf(nominalOutput, unitIndex, unitCodes.length);
  const runs = design(spec.type, choices, spec.replicates, spec.seed);
  const failures = new Map<string, number>();
  const rankRuns: Float64Array[] = [];
  const shifts = new Float64Array(runs.length);
  runs.forEach((run, index) => {
    try {
      rankRuns.push(ranksOf(runner.run(plan(run.draws)), unitIndex, unitCodes.length));
      shifts[index] = meanAbsoluteRankShift(nominal, rankRuns[index]!);
    } catch (error) {
      if (!(error instanceof CompositeError)) throw error;
      failures.set(error.message, (failures.get(error.message) ?? 0) + 1);
      rankRuns.push(new Float64Array(unitCodes.length).fill(Number.NaN));
      shifts[index] = Number.NaN;
    }
  });
  const failedRuns = [...failures.values()].reduce((sum, count) => sum + count, 0);
  if (failedRuns === runs.length)
    throw new CompositeError('所有重复计算均失败 (every run failed)', [...failures.keys()]);
  const n = spec.replicates;
  const summaryRuns = spec.type === 'sa' ? rankRuns.slice(0, 2 * n) : rankRuns;
  const summaryShifts = spec.type === 'sa' ? shifts.subarray(0, 2 * n) : shifts;
  const block = (values: ArrayLike<number>, index: number) =>
    Array.from({ length: n }, (_, j) => values[index * n + j]!);
  const overall =
    spec.type === 'sa'
      ? estimateSensitivityIndices(
          block(shifts, 0),
          block(shifts, 1),
          choices.map((_, i) => block(shifts, 2 + i)),
        )
      : null;
  const nominalScores = new Map(nominalOutput.unitCodes.map((uCode, index) => [uCode, nominalOutput.values[index]]));
  const units: UnitUncertainty[] = unitCodes.map((uCode, unit) => {
    const own = rankRuns.map((ranks) => ranks[unit]!);
    const unitIndices =
      spec.type === 'sa'
        ? estimateSensitivityIndices(
            block(own, 0),
            block(own, 1),
            choices.map((_, i) => block(own, 2 + i)),
          )
        : null;
    return {
      uCode,
      nominalScore: nominalScores.get(uCode) ?? null,
      nominalRank: finite(nominal[unit]!),
      ...unitRankStatistics(
        finite(nominal[unit]!),
        summaryRuns.map((ranks) => ranks[unit]!),
      ),
      firstOrder: unitIndices?.firstOrder ?? null,
      total: unitIndices?.total ?? null,
    };
  });
  const order = units.map((_, index) => index);
  order.sort((a, b) => (units[a]!.nominalRank ?? Infinity) - (units[b]!.nominalRank ?? Infinity) || a - b);
  const present = Array.from(summaryShifts).filter(Number.isFinite);
  return {
    name: spec.name,
    type: spec.type,
    replicates: n,
    runs: runs.length,
    seed: spec.seed,
    target,
    meanAbsoluteRankShift: present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length,
    variance: overall?.variance ?? null,
    sensitivityPoints: overall?.points ?? null,
    units: order.map((index) => units[index]!),
    choices: choices.map((choice, index) => {
      const alone = runs.flatMap((run, at) =>
        run.factor === index && Number.isFinite(shifts[at]) ? [shifts[at]!] : [],
      );
      return {
        name: choice.name,
        vary: choice.vary,
        options: choice.options,
        firstOrder: overall?.firstOrder[index] ?? null,
        total: overall?.total[index] ?? null,
        oneAtATime:
          spec.type === 'oat'
            ? {
                runs: alone.length,
                meanShift: alone.length === 0 ? null : alone.reduce((a, b) => a + b, 0) / alone.length,
                maxShift: alone.length === 0 ? null : Math.max(...alone),
              }
            : null,
      };
    }),
    failedRuns,
    failures: [...failures].map(([message, count]) => ({ message, runs: count })),
    replicateRanks: summaryRuns.map((ranks) => order.map((unit) => finite(ranks[unit]!))),
  };
}
