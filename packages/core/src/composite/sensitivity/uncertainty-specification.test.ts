import { describe, expect, it } from 'vitest';
import { CompositeError } from '../composite-error.ts';
import { parsePipelineDefinition } from '../pipeline-definition.ts';
import { resolveUncertainty } from './resolve-uncertainty.ts';
import { smallDefinition, smallInput } from './sensitivity.test-kit.ts';
import { parseUncertaintySpecification } from './uncertainty-specification.ts';

function problemsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof CompositeError) return [error.message, ...error.problems];
    throw error;
  }
  return [];
}

const input = smallInput([
  [1, 2, 3, 4],
  [4, 3, 2, 1],
  [2, 2, 3, 3],
]);

describe('parseUncertaintySpecification', () => {
  it('fills the defaults and accepts every kind of choice', () => {
    const spec = parseUncertaintySpecification({
      choices: [
        { vary: 'weight-noise', levels: { 1: 0.2 } },
        { vary: 'weight-sets', sets: [{ P1: 1, P2: 1 }, { P1: 2 }] },
        { vary: 'normalisation', step: 'Normalised', alternatives: ['rank', { type: 'z-score', mean: 10 }] },
        { vary: 'aggregation', level: 2, alternatives: ['geometric-mean'] },
        { vary: 'step-switch', step: 'treat' },
        { vary: 'indicator-removal', indicators: ['I1'] },
      ],
    });
    expect(spec).toMatchObject({ name: 'uncertainty analysis', type: 'ua', replicates: 1000, seed: 1, target: {} });
    expect(spec.choices[2]).toMatchObject({
      alternatives: [
        { type: 'rank', ties: 'min' },
        { type: 'z-score', mean: 10, sd: 1 },
      ],
    });
    expect(spec.choices[5]).toMatchObject({ includeNone: true });
  });

  it.each([
    [{ choices: [] }, 'uncertainty field choices is invalid'],
    [{ choices: [{ vary: 'weights' }] }, 'uncertainty field choices.0.vary is invalid'],
    [{ choices: [{ vary: 'weight-noise', levels: { 2: 1.5 } }] }, 'choices.0.levels.2'],
    [
      { choices: [{ vary: 'normalisation', alternatives: [{ type: 'min-max', range: [9, 1] }] }] },
      'choices.0.alternatives.0',
    ],
    [{ type: 'mc', choices: [{ vary: 'indicator-removal' }] }, 'uncertainty field type is invalid'],
    [{ replicates: 0, choices: [{ vary: 'indicator-removal' }] }, 'replicates'],
    [{ choices: [{ vary: 'indicator-removal', extra: 1 }] }, 'choices.0'],
    [
      { choices: [{ vary: 'indicator-removal' }, { vary: 'indicator-removal' }] },
      'choices.1：名称 "indicator-removal" 重复，请用 name 区分 (choices.1: name "indicator-removal" repeats',
    ],
  ])('refuses %j, saying where', (value, where) => {
    const problems = problemsOf(() => parseUncertaintySpecification(value));
    expect(problems[0]).toBe('不确定性设定无效 (the uncertainty specification is invalid)');
    expect(problems.join('\n')).toContain(where);
  });
});

describe('resolveUncertainty', () => {
  const resolve = (value: unknown, definition = smallDefinition) =>
    resolveUncertainty(parseUncertaintySpecification(value), definition, input);

  it('finds the steps, counts options and weight slots, and defaults the target to the top aggregate', () => {
    const resolved = resolve({
      choices: [
        { vary: 'weight-noise', levels: { 1: 0.2, 2: 0.1 } },
        { vary: 'normalisation', alternatives: ['rank', 'borda'] },
        { vary: 'indicator-removal', includeNone: false },
      ],
    });
    expect(resolved.target).toEqual({ stage: 'Aggregated', iCode: 'Index' });
    expect(resolved.choices.map((choice) => [choice.name, choice.dimension, choice.options])).toEqual([
      ['weight-noise', 6, null],
      ['normalisation', 1, 2],
      ['indicator-removal', 1, 4],
    ]);
    expect([...resolved.reducedInputs.keys()]).toEqual(['I1', 'I2', 'I3', 'I4']);
    expect(resolved.reducedInputs.get('I2')?.data.columns.has('I2')).toBe(false);
  });

  it('collects every problem, naming the choice', () => {
    const twoIndicators = smallInput([
      [1, 2],
      [2, 1],
    ]);
    const problems = problemsOf(() =>
      resolveUncertainty(
        parseUncertaintySpecification({
          type: 'sa',
          replicates: 1,
          target: { stage: 'Weighted', iCode: 'Nope' },
          choices: [
            { vary: 'weight-noise', levels: { 3: 0.2 } },
            { vary: 'step-switch', step: 'impute' },
            { vary: 'weight-sets', sets: [{ Index: 1 }] },
            { vary: 'aggregation', level: 4, alternatives: ['geometric-mean'] },
            { vary: 'indicator-removal', indicators: ['I1', 'P1'] },
          ],
        }),
        smallDefinition,
        twoIndicators,
      ),
    );
    const text = problems.join('\n');
    expect(problems[0]).toContain('(the uncertainty specification does not fit the definition)');
    for (const part of [
      'target.stage "Weighted"',
      'target.iCode "Nope"',
      'weight-noise：levels 中的层级 3 应在 1 到 2 之间',
      'step-switch:impute：定义中没有 denominate/impute/screen/treat "impute" 步骤',
      'weight-sets：sets 中的 Index 不是框架中有上级的代码',
      'aggregation：level 4 超出框架最高层 3',
      'indicator-removal：P1 不是框架中的指标',
      'sa 需要 replicates ≥ 2',
    ])
      expect(text).toContain(part);
  });

  it('refuses to remove an only child, with the framework’s reason', () => {
    const problems = problemsOf(() =>
      resolveUncertainty(
        parseUncertaintySpecification({ choices: [{ vary: 'indicator-removal' }] }),
        smallDefinition,
        smallInput([[1, 2]]),
      ),
    );
    expect(problems.join('\n')).toContain('indicator-removal：不能去掉 I1 (cannot remove I1): P1：汇总项没有下级');
  });

  it('asks for a step name when several steps could be meant', () => {
    const twoNormalisations = parsePipelineDefinition({
      steps: [{ step: 'normalise' }, { step: 'normalise', name: 'Again' }, { step: 'aggregate' }],
    });
    const problems = problemsOf(() =>
      resolve({ choices: [{ vary: 'normalisation', alternatives: ['rank'] }] }, twoNormalisations),
    );
    expect(problems.join('\n')).toContain('several normalise steps; name one with step');
    expect(() =>
      resolve({ choices: [{ vary: 'normalisation', step: 'Again', alternatives: ['rank'] }] }, twoNormalisations),
    ).not.toThrow();
  });
});
