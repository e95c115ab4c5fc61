/**
 * Sensitivity and uncertainty analysis of composite indices: the uncertainty specification (data), the Monte
 * Carlo designs, the replicate runner, rank statistics and variance-based sensitivity indices.
 */
export {
  choiceName,
  parseUncertaintySpecification,
  sensitivityTypes,
  uncertainChoiceSchema,
  uncertaintySpecificationSchema,
  type SensitivityType,
  type UncertainChoice,
  type UncertainChoiceKind,
  type UncertaintySpecification,
} from './uncertainty-specification.ts';
export { resolveUncertainty, type ResolvedChoice, type ResolvedUncertainty } from './resolve-uncertainty.ts';
export { frameworkRows, inputWithoutIndicator } from './input-without-indicator.ts';
export { discreteOption, replicatePlan, type ReplicateDraws, type ReplicatePlan } from './replicate-plan.ts';
export { ReplicateRunner, type ReplicateOutput, type ReplicateRunnerOptions } from './replicate-runner.ts';
export {
  oneAtATimeDesign,
  saltelliDesign,
  uncertaintyDesign,
  type DesignFactor,
  type DesignRun,
} from './sensitivity-design.ts';
export { estimateSensitivityIndices, type SensitivityIndices } from './sensitivity-indices.ts';
export { sortedQuantile } from './rank-quantile.ts';
export { meanAbsoluteRankShift, unitRankStatistics, type UnitRankStatistics } from './rank-statistics.ts';
export {
  runSensitivity,
  type ChoiceEffect,
  type SensitivityOverrides,
  type SensitivityResult,
  type UnitUncertainty,
} from './run-sensitivity.ts';
