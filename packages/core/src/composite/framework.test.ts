import { describe, expect, it } from 'vitest';
import { checkFrameworkRows } from './check-framework.ts';
import { CompositeError } from './composite-error.ts';
import { ancestorAt, childrenOf, createFramework, indicatorCodes, type FrameworkRow } from './framework.ts';

const row = (overrides: Partial<FrameworkRow> & Pick<FrameworkRow, 'iCode' | 'type'>): FrameworkRow => ({
  iName: null,
  level: overrides.type === 'Indicator' ? 1 : null,
  direction: overrides.type === 'Indicator' ? 1 : null,
  weight: 1,
  parent: null,
  target: null,
  denominator: null,
  ...overrides,
});

const rows: FrameworkRow[] = [
  row({ iCode: 'A', type: 'Indicator', parent: 'P1', denominator: 'Pop' }),
  row({ iCode: 'B', type: 'Indicator', parent: 'P1', direction: -1 }),
  row({ iCode: 'C', type: 'Indicator', parent: 'P2', weight: 2 }),
  row({ iCode: 'P1', type: 'Aggregate', level: 2, parent: 'Index' }),
  row({ iCode: 'P2', type: 'Aggregate', level: 2, parent: 'Index' }),
  row({ iCode: 'Index', type: 'Aggregate', level: 3, weight: null }),
  row({ iCode: 'Region', type: 'Group', weight: null }),
  row({ iCode: 'Pop', type: 'Denominator', weight: null }),
];

describe('createFramework', () => {
  it('builds the tree: levels, children in row order, groups, denominators and directions', () => {
    const framework = createFramework(rows);
    expect(framework.maxLevel).toBe(3);
    expect(indicatorCodes(framework)).toEqual(['A', 'B', 'C']);
    expect(childrenOf(framework, 'P1')).toEqual(['A', 'B']);
    expect(childrenOf(framework, 'Index')).toEqual(['P1', 'P2']);
    expect(ancestorAt(framework, 'C', 2)).toBe('P2');
    expect([framework.groups, framework.denominators]).toEqual([['Region'], ['Pop']]);
    expect(framework.byCode.get('B')?.direction).toBe(-1);
  });

  it('throws one CompositeError listing every problem', () => {
    const broken = [...rows, row({ iCode: 'A', type: 'Indicator', parent: 'P1' })];
    expect(() => createFramework(broken)).toThrow(CompositeError);
    try {
      createFramework(broken);
    } catch (error) {
      expect((error as CompositeError).problems).toEqual(['A：iCode 重复 (A: duplicate iCode)']);
    }
  });
});

describe('checkFrameworkRows', () => {
  const replace = (code: string, change: Partial<FrameworkRow>) =>
    rows.map((candidate) => (candidate.iCode === code ? { ...candidate, ...change } : candidate));

  it.each<[string, FrameworkRow[], string]>([
    ['a direction other than ±1', replace('B', { direction: 0 }), 'B：Direction 应为 1 或 -1'],
    ['an indicator above level 1', replace('A', { level: 2 }), 'A：指标的 Level 应为 1'],
    ['an unknown parent', replace('C', { parent: 'P9' }), 'C：上级 "P9" 不存在'],
    ['a parent that is an indicator', replace('C', { parent: 'A' }), 'C：上级 "A" 不是汇总项'],
    ['a parent two levels up', replace('C', { parent: 'Index' }), 'C：上级 "Index" 应在第 2 层'],
    ['a missing weight', replace('C', { weight: null }), 'C：缺少权重 Weight'],
    ['a negative weight', replace('C', { weight: -1 }), 'C：权重应为非负数'],
    ['no parent below the top', replace('P2', { parent: null }), 'P2：缺少上级 Parent'],
    [
      'an aggregate without children',
      [...rows, row({ iCode: 'P3', type: 'Aggregate', level: 2, parent: 'Index' })],
      'P3：汇总项没有下级',
    ],
    ['children all of weight 0', replace('C', { weight: 0 }), 'P2：下级权重全为 0'],
    ['an unknown denominator', replace('B', { denominator: 'GDP' }), 'B：分母 "GDP" 不是 Type 为 Denominator 的行'],
    ['a reserved code', replace('C', { iCode: 'Rank' }), 'Rank：该代码保留给结果表'],
    [
      'no indicators',
      rows.filter((candidate) => candidate.type !== 'Indicator'),
      '指标框架中没有 Type 为 Indicator 的行',
    ],
  ])('names the iCode for %s', (_name, broken, problem) => {
    expect(checkFrameworkRows(broken).join('\n')).toContain(problem);
  });

  it('finds no problem in a sound framework', () => {
    expect(checkFrameworkRows(rows)).toEqual([]);
  });
});
