/**
 * Small composite inputs for the sensitivity tests: indicators I1…Ik alternating under pillars P1 and P2, both
 * under Index, with the given unit × indicator values (null = missing), and a min-max + arithmetic-mean
 * definition.
 */
import fc from 'fast-check';
import { createDataset } from '../dataset.ts';
import { createFramework, type FrameworkRow } from '../framework.ts';
import { parsePipelineDefinition } from '../pipeline-definition.ts';
import type { CompositeInput } from '../step-context.ts';

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

/** `values[unit][indicator]`; `weights` per indicator (default 1). */
export function smallInput(
  values: readonly (readonly (number | null)[])[],
  weights?: readonly number[],
): CompositeInput {
  const count = values[0]?.length ?? 0;
  const codes = Array.from({ length: count }, (_, i) => `I${i + 1}`);
  const framework = createFramework([
    ...codes.map((code, i) =>
      row(code, { type: 'Indicator', level: 1, direction: 1, weight: weights?.[i] ?? 1, parent: `P${(i % 2) + 1}` }),
    ),
    row('P1', { level: 2, parent: 'Index' }),
    row('P2', { level: 2, parent: 'Index', weight: 2 }),
    row('Index', { level: 3, weight: null }),
  ]);
  const unitCodes = values.map((_, u) => `U${u + 1}`);
  const data = createDataset(
    unitCodes,
    codes.map((code, i) => [code, values.map((unit) => unit[i] ?? null)]),
  );
  const units = unitCodes.map((code) => ({ code, name: null, groups: new Map(), denominators: new Map() }));
  return { framework, units, data };
}

export const smallDefinition = parsePipelineDefinition({
  steps: [{ step: 'normalise', method: { type: 'min-max', range: [0, 100] } }, { step: 'aggregate' }],
});

/** Tables of 3–12 units × 4–6 indicators of small integers (ties likely), a few missing. */
export const smallTables = fc.integer({ min: 4, max: 6 }).chain((indicators) =>
  fc.array(
    fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { freq: 12, nil: null }), {
      minLength: indicators,
      maxLength: indicators,
    }),
    { minLength: 3, maxLength: 12 },
  ),
);
