/**
 * The input of an index with one indicator taken out, as COINr does when a sensitivity analysis excludes an
 * indicator: the framework is rebuilt from its rows without that indicator (so screening counts, imputation
 * and normalisation never see it, and the aggregate above it re-spreads its weight over the siblings) and the
 * data set loses the column. The rebuilt framework is checked as any other: taking out an aggregate's only
 * child, or its only child with a weight above 0, is refused with the framework's own message.
 */
import { createDataset, type Dataset } from '../dataset.ts';
import { createFramework, type Framework, type FrameworkRow } from '../framework.ts';
import type { CompositeInput } from '../step-context.ts';

/** The iMeta rows a framework was built from (tree nodes, then Group and Denominator rows). */
export function frameworkRows(framework: Framework): FrameworkRow[] {
  const other = (iCode: string, type: 'Group' | 'Denominator'): FrameworkRow => ({
    iCode,
    iName: null,
    type,
    level: null,
    direction: null,
    weight: null,
    parent: null,
    target: null,
    denominator: null,
  });
  return [
    ...framework.nodes.map((node) => ({
      iCode: node.code,
      iName: node.name,
      type: node.kind === 'indicator' ? ('Indicator' as const) : ('Aggregate' as const),
      level: node.level,
      direction: node.kind === 'indicator' ? node.direction : null,
      weight: node.weight,
      parent: node.parent,
      target: node.target,
      denominator: node.denominator,
    })),
    ...framework.groups.map((code) => other(code, 'Group')),
    ...framework.denominators.map((code) => other(code, 'Denominator')),
  ];
}

function datasetWithout(data: Dataset, code: string): Dataset {
  return createDataset(
    data.unitCodes,
    [...data.columns].filter(([column]) => column !== code),
  );
}

/** The input without indicator `code`; throws CompositeError when the framework would be invalid. */
export function inputWithoutIndicator(input: CompositeInput, code: string): CompositeInput {
  const framework = createFramework(frameworkRows(input.framework).filter((row) => row.iCode !== code));
  return { framework, units: input.units, data: datasetWithout(input.data, code) };
}
