import { describe, expect, it } from 'vitest';
import { CompositeError } from './composite-error.ts';
import { parsePipelineDefinition, stageName } from './pipeline-definition.ts';

function problemsOf(value: unknown): string[] {
  try {
    parsePipelineDefinition(value);
  } catch (error) {
    if (error instanceof CompositeError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('parsePipelineDefinition', () => {
  it('fills in the defaults COINr uses', () => {
    const definition = parsePipelineDefinition({
      steps: [{ step: 'screen' }, { step: 'treat' }, { step: 'normalise' }, { step: 'aggregate' }],
    });
    expect(definition.name).toBe('composite index');
    expect(definition.steps.map(stageName)).toEqual(['Screened', 'Treated', 'Normalised', 'Aggregated']);
    expect(definition.steps).toMatchObject([
      { by: 'missing', threshold: 2 / 3, nonZeroThreshold: 0.05 },
      { skewThreshold: 2, kurtosisThreshold: 3.5, maxWinsorised: 5, fallback: 'log-ct', combine: false },
      { method: { type: 'min-max', range: [0, 100] }, useDirections: true },
      { method: { type: 'arithmetic-mean' }, dataThreshold: null },
    ]);
  });

  it('accepts methods as bare names or objects, per level, per group and per indicator', () => {
    const definition = parsePipelineDefinition({
      version: 2,
      steps: [
        { step: 'normalise', method: 'rank', indicators: { A: { type: 'goalposts', lower: 0, upper: 10 } } },
        { step: 'aggregate', levels: { 3: 'geometric-mean' }, groups: { P1: { type: 'generalised-mean', p: 2 } } },
      ],
    });
    expect(definition.version).toBe('2');
    expect(definition.steps[1]).toMatchObject({
      levels: { 3: { type: 'geometric-mean' } },
      groups: { P1: { type: 'generalised-mean', p: 2 } },
    });
  });

  it.each<[string, unknown, string]>([
    ['no steps', { steps: [] }, 'steps'],
    ['an unknown step', { steps: [{ step: 'smooth' }] }, 'steps.0.step'],
    ['an unknown field', { steps: [{ step: 'screen', treshold: 0.5 }] }, 'treshold'],
    ['a threshold above 1', { steps: [{ step: 'screen', threshold: 1.5 }] }, 'steps.0.threshold'],
    ['group-mean without a group', { steps: [{ step: 'impute', method: 'group-mean' }] }, 'steps.0.group'],
    ['a repeated stage name', { steps: [{ step: 'normalise' }, { step: 'normalise' }] }, '阶段名 "Normalised" 重复'],
    ['from a later stage', { steps: [{ step: 'normalise', from: 'Treated' }, { step: 'treat' }] }, 'from "Treated"'],
    [
      'a level that is no number',
      { steps: [{ step: 'aggregate', levels: { top: 'copeland' } }] },
      'steps.0.levels.top',
    ],
  ])('rejects %s, saying where', (_name, value, where) => {
    expect(problemsOf(value).join('\n')).toContain(where);
  });
});
