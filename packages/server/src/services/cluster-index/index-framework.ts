/**
 * A cluster-index definition as the composite engine sees it: the framework tree (indicators at level 1 under
 * their dimensions at level 2, under `Index` at level 3, with weights and directions) and the pipeline
 * definition of its steps. Pure.
 */
import {
  createFramework,
  parsePipelineDefinition,
  type Framework,
  type FrameworkRow,
  type PipelineDefinition,
} from '@observatory/core';
import type { IndexDefinition } from './index-definition-schema.ts';

/** The code of the top aggregate in every cluster index. */
export const indexCode = 'Index';

const row = (fields: Partial<FrameworkRow> & Pick<FrameworkRow, 'iCode' | 'type'>): FrameworkRow => ({
  iName: null,
  level: null,
  direction: null,
  weight: null,
  parent: null,
  target: null,
  denominator: null,
  ...fields,
});

export function indexFramework(definition: IndexDefinition): Framework {
  const rows: FrameworkRow[] = [row({ iCode: indexCode, iName: definition.name.zh, type: 'Aggregate', level: 3 })];
  for (const dimension of definition.dimensions) {
    rows.push(
      row({
        iCode: dimension.id,
        iName: dimension.name.zh,
        type: 'Aggregate',
        level: 2,
        parent: indexCode,
        weight: dimension.weight,
      }),
    );
    for (const indicator of dimension.indicators)
      rows.push(
        row({
          iCode: indicator.id,
          iName: indicator.name.zh,
          type: 'Indicator',
          level: 1,
          parent: dimension.id,
          weight: indicator.weight,
          direction: indicator.direction,
        }),
      );
  }
  return createFramework(rows);
}

export const indexPipeline = (definition: IndexDefinition): PipelineDefinition =>
  parsePipelineDefinition({ name: definition.id, version: definition.version, steps: definition.steps });

/** Every indicator of the definition with its dimension, in the order of the document. */
export const indicatorsOf = (definition: IndexDefinition) =>
  definition.dimensions.flatMap((dimension) => dimension.indicators.map((indicator) => ({ dimension, indicator })));
