/**
 * Robustness of the classes before publication: the run is repeated `draws` times with every weight multiplied by
 * 1 ± weightSpread (then rescaled to the group's weight total) and every ratio baseline by 1 ± baselineSpread
 * (uniform, seeded, so the same seed gives the same report). For each enterprise: how often it stays in its
 * class, where else it lands, and whether that is below the stability threshold (fragile: review before publishing).
 * Min-max indicators have no baseline; only their weights move.
 */
import { normaliseEvaluationInput, type EvaluationInputDocument } from './evaluation-input.ts';
import type { EvaluationScheme, EvaluationSchemeDocument } from './evaluation-scheme.ts';
import { requireEvaluationScheme } from './parse-evaluation-scheme.ts';
import { prepareEvaluation } from './prepare-evaluation.ts';
import { scoreEvaluation } from './score-evaluation.ts';
import { seededRandom, uniformSpread } from './seeded-random.ts';

export interface RobustnessOptions {
  draws?: number;
  seed?: number | string;
  weightSpread?: number;
  baselineSpread?: number;
  /** Share of draws an enterprise must stay in its class not to be flagged fragile. */
  stabilityThreshold?: number;
}

export interface EnterpriseRobustness {
  enterpriseId: string;
  unitId: string;
  groupId: string;
  initialClass: string;
  /** Share of draws in the initial class. */
  stayShare: number;
  /** Share of draws in each class. */
  classShares: Record<string, number>;
  fragile: boolean;
}

export interface RobustnessReport {
  options: Required<RobustnessOptions>;
  enterprises: EnterpriseRobustness[];
  fragileCount: number;
}

export function assessRobustness(
  schemeDocument: EvaluationScheme | EvaluationSchemeDocument,
  inputDocument: EvaluationInputDocument,
  options: RobustnessOptions = {},
): RobustnessReport {
  const settings: Required<RobustnessOptions> = {
    draws: options.draws ?? 500,
    seed: options.seed ?? 1,
    weightSpread: options.weightSpread ?? 0.1,
    baselineSpread: options.baselineSpread ?? 0.1,
    stabilityThreshold: options.stabilityThreshold ?? 0.9,
  };
  if (!Number.isInteger(settings.draws) || settings.draws < 1)
    throw new RangeError('抽样次数须为正整数 (draws must be a positive integer)');
  if (
    settings.weightSpread < 0 ||
    settings.weightSpread >= 1 ||
    settings.baselineSpread < 0 ||
    settings.baselineSpread >= 1
  )
    throw new RangeError('扰动幅度须在 [0, 1) 内 (spreads must be in [0, 1))');
  const prepared = prepareEvaluation(requireEvaluationScheme(schemeDocument), normaliseEvaluationInput(inputDocument));
  const base = scoreEvaluation(prepared).scores;
  const rated = [...base.keys()];
  const counts = new Map(rated.map((unit) => [unit, new Map<string, number>()]));
  const random = seededRandom(settings.seed);
  for (let draw = 0; draw < settings.draws; draw++) {
    const weights = new Map<string, number[]>();
    const baselineFactors = new Map<string, number[]>();
    for (const group of prepared.scheme.groups) {
      const raw = group.indicators.map((i) => i.weight * (1 + uniformSpread(random, settings.weightSpread)));
      const scale = group.indicators.reduce((sum, i) => sum + i.weight, 0) / raw.reduce((a, b) => a + b, 0);
      weights.set(
        group.id,
        raw.map((w) => w * scale),
      );
      baselineFactors.set(
        group.id,
        group.indicators.map(() => 1 + uniformSpread(random, settings.baselineSpread)),
      );
    }
    const { scores } = scoreEvaluation(prepared, { weights, baselineFactors, totalsOnly: true });
    for (const unit of rated) {
      const classId = scores.get(unit)!.placement.classId;
      const tally = counts.get(unit)!;
      tally.set(classId, (tally.get(classId) ?? 0) + 1);
    }
  }
  const enterprises = rated.flatMap((unit) => {
    const initialClass = base.get(unit)!.placement.classId;
    const tally = counts.get(unit)!;
    const classShares = Object.fromEntries([...tally].sort().map(([id, n]) => [id, n / settings.draws]));
    const stayShare = (tally.get(initialClass) ?? 0) / settings.draws;
    return unit.unit.members.map((member) => ({
      enterpriseId: member.enterpriseId,
      unitId: unit.unit.unitId,
      groupId: unit.group!.id,
      initialClass,
      stayShare,
      classShares,
      fragile: stayShare < settings.stabilityThreshold,
    }));
  });
  enterprises.sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));
  return { options: settings, enterprises, fragileCount: enterprises.filter((e) => e.fragile).length };
}
