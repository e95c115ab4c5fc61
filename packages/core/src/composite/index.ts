/**
 * The composite-indicator engine (COINr-grade): an indicator framework as a tree with weights and directions,
 * data sets of units × indicators, the steps (denominate, impute, screen, treat, normalise, aggregate) chained
 * by a definition, with results and diagnostics at every stage. Pure and deterministic. Only the engine's
 * surface is exported; the statistics helpers stay inside the folder.
 */
export { CompositeError } from './composite-error.ts';
export { compositeMessage, type CompositeMessage, type CompositeMessageSeverity } from './composite-message.ts';
export {
  createFramework,
  frameworkNode,
  frameworkRowTypes,
  indicatorCodes,
  type Direction as IndicatorDirection,
  type Framework,
  type FrameworkNode,
  type FrameworkRow,
  type FrameworkRowType,
} from './framework.ts';
export { checkFrameworkRows } from './check-framework.ts';
export { readMetaTable, type MetaTableReading } from './read-meta-table.ts';
export { createDataset, datasetColumn, type Dataset, type UnitInfo, type Value as CompositeValue } from './dataset.ts';
export { readDataTable, type DataTableReading } from './read-data-table.ts';
export { checkOutliers, type OutlierCheck, type OutlierThresholds } from './outlier-check.ts';
export { winsorise, type Winsorised, type WinsoriseSettings } from './winsorise.ts';
export { logTransform, logTransforms, type LogTransform } from './log-transform.ts';
export {
  normaliseMethodSchema,
  normaliseValues,
  type NormaliseColumn,
  type NormaliseMethod,
} from './normalise-method.ts';
export { outrankingMatrix, copelandScores, type OutrankingMatrix } from './aggregate-copeland.ts';
export { mazziottaParetoIndex, type MpiDispersion, type MpiPolarity } from './aggregate-mazziotta-pareto.ts';
export {
  aggregateGroup,
  aggregateMethodSchema,
  type AggregateMethod,
  type AggregationGroup,
} from './aggregate-method.ts';
export { stepContext, type CompositeInput, type StepContext, type StepOutput } from './step-context.ts';
export {
  denominateStepSchema,
  runDenominateStep,
  type DenominateDetails,
  type DenominateStep,
} from './step-denominate.ts';
export { imputeMethods, imputeStepSchema, runImputeStep, type ImputeDetails, type ImputeStep } from './step-impute.ts';
export {
  runScreenStep,
  screenStepSchema,
  type ScreenDetails,
  type ScreenedUnit,
  type ScreenStep,
} from './step-screen.ts';
export {
  runTreatStep,
  treatStepSchema,
  type TreatDetails,
  type TreatedIndicator,
  type TreatStep,
} from './step-treat.ts';
export { normaliseStepSchema, runNormaliseStep, type NormaliseDetails, type NormaliseStep } from './step-normalise.ts';
export { aggregateStepSchema, runAggregateStep, type AggregateDetails, type AggregateStep } from './step-aggregate.ts';
export {
  defaultStageNames,
  parsePipelineDefinition,
  pipelineDefinitionSchema,
  pipelineStepSchema,
  rawStageName,
  stageName,
  type PipelineDefinition,
  type PipelineStep,
  type StepKind,
} from './pipeline-definition.ts';
export { findStage, runPipeline, type PipelineResult, type Stage, type StageDetails } from './run-pipeline.ts';
export {
  datasetTable,
  hasTopAggregate,
  resultsColumnOrder,
  resultsTable,
  type ResultsCell,
  type ResultsTable,
} from './results-table.ts';
