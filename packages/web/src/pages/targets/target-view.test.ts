/** The targets page's rows: grouped by section in order, figures in the target's unit, unavailable never 0. */
import { describe, expect, it } from 'vitest';
import type { SystemTarget } from './target-types.ts';
import { targetSections } from './target-view.ts';

const base: SystemTarget = {
  targetId: 'a',
  clusterId: null,
  clusterName: null,
  name: { zh: '国家级示范基地', en: 'National bases' },
  indicator: 'count:national_industrialisation_demo_bases',
  reading: 'count',
  section: { id: 'task-1', order: 2, name: { zh: '四(一) 平台载体', en: 'Task 1: platforms and parks' } },
  targetYear: 2025,
  deadline: '2025-12-31',
  writtenValue: 5,
  writtenUnit: '家',
  targetValue: 5,
  unit: 'count',
  actualYear: 2024,
  actualValue: 2,
  progress: 0.4,
  requiredAnnualGrowth: null,
  actualAnnualGrowth: null,
  projectedValue: 3,
  onTrack: false,
  source: 'register',
  basis: { zh: '年末认定有效', en: 'in force' },
  unavailable: null,
  owner: '市经信局',
  document: null,
  manual: null,
};

describe('targetSections', () => {
  it('groups by section and formats each target in its unit', () => {
    const sections = targetSections(
      [
        base,
        {
          ...base,
          targetId: 'b',
          section: { id: 'later', order: 20, name: { zh: '其他市级目标', en: 'Other city targets' } },
          name: { zh: '亩均税收', en: 'Tax per mu' },
          unit: 'yuan/mu',
          targetValue: 370_000,
          actualValue: null,
          progress: null,
          projectedValue: null,
          onTrack: null,
          source: 'unavailable',
          basis: null,
          unavailable: { zh: '请录入', en: 'record it' },
        },
      ],
      'zh',
    );
    expect(sections.map((section) => [section.id, section.name, section.lines.length])).toEqual([
      ['task-1', '四(一) 平台载体', 1],
      ['later', '其他市级目标', 1],
    ]);
    expect(sections[0]!.lines[0]).toMatchObject({
      measured: '2',
      target: '5',
      barPercent: 40,
      sourceName: '名录',
      projection: '按当前进度 2025 年预计 3',
    });
    const tax = sections[1]!.lines[0]!;
    expect(tax.measured).toBe('—');
    expect(tax.barPercent).toBeNull();
    expect(tax.unavailable).toBe('请录入');
    expect(tax.target).toContain('/亩');
  });
});
