/**
 * A deterministic synthetic composite-index input for benchmarks: `units` units × `indicators` indicators
 * (skewed, some less-is-better, 2 % missing) under pillars of five indicators, two sub-indices and an index,
 * with an ASEM-like definition (impute, treat, min-max, arithmetic mean) and an uncertainty specification over
 * weights, normalisation, aggregation, treatment and indicator removal.
 */
import {
  createDataset,
  createFramework,
  parsePipelineDefinition,
  parseUncertaintySpecification,
  seededRandom,
  type CompositeInput,
  type CompositeValue,
  type FrameworkRow,
  type PipelineDefinition,
  type UncertaintySpecification,
} from '@observatory/core';

const row = (iCode: string, fields: Partial<FrameworkRow>): FrameworkRow => ({
  iCode,
  iName: null,
  type: 'Aggregate',
  level: null,
  direction: null,
  weight: 1,
  parent: null,
  target: null,
  denominator: null,
  ...fields,
});

export function syntheticIndexInput(units: number, indicators: number, seed = 1): CompositeInput {
  const random = seededRandom(seed);
  const pillars = Math.ceil(indicators / 5);
  const rows: FrameworkRow[] = [
    ...Array.from({ length: indicators }, (_, i) =>
      row(`I${i + 1}`, {
        type: 'Indicator',
        level: 1,
        direction: i % 4 === 3 ? -1 : 1,
        weight: 1 + (i % 3),
        parent: `P${Math.floor(i / 5) + 1}`,
      }),
    ),
    ...Array.from({ length: pillars }, (_, p) => row(`P${p + 1}`, { level: 2, parent: `S${(p % 2) + 1}` })),
    row('S1', { level: 3, parent: 'Index' }),
    row('S2', { level: 3, parent: 'Index' }),
    row('Index', { level: 4, weight: null }),
  ];
  const framework = createFramework(rows);
  const unitCodes = Array.from({ length: units }, (_, u) => `U${String(u + 1).padStart(3, '0')}`);
  const columns = rows
    .filter((candidate) => candidate.type === 'Indicator')
    .map(({ iCode }): [string, CompositeValue[]] => [
      iCode,
      unitCodes.map(() => (random() < 0.02 ? null : Math.exp(2 * random() + random() ** 4 * 3) * 10)),
    ]);
  const units_ = unitCodes.map((code) => ({ code, name: null, groups: new Map(), denominators: new Map() }));
  return { framework, units: units_, data: createDataset(unitCodes, columns) };
}

export const syntheticDefinition: PipelineDefinition = parsePipelineDefinition({
  name: 'synthetic benchmark index',
  steps: [
    { step: 'impute', method: 'mean' },
    { step: 'treat' },
    { step: 'normalise', method: { type: 'min-max', range: [0, 100] } },
    { step: 'aggregate' },
  ],
});

export function syntheticUncertainty(replicates: number, type: 'ua' | 'sa' = 'ua'): UncertaintySpecification {
  return parseUncertaintySpecification({
    type,
    replicates,
    seed: 2026,
    choices: [
      { vary: 'weight-noise', levels: { 1: 0.25, 2: 0.25, 3: 0.25 } },
      {
        vary: 'normalisation',
        alternatives: [{ type: 'min-max', range: [1, 100] }, { type: 'z-score', mean: 100, sd: 10 }, 'rank'],
      },
      { vary: 'aggregation', alternatives: ['arithmetic-mean', 'geometric-mean'] },
      { vary: 'step-switch', step: 'treat' },
      { vary: 'indicator-removal' },
    ],
  });
}
