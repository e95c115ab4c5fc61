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

  it('shows a rate target as its rate against the target rate: met or not, the gap in points, bar capped', () => {
    const growth = (actualValue: number, progress: number): SystemTarget => ({
      ...base,
      targetId: 'growth',
      name: { zh: '产业集群工业投资年均增长率（15%以上）', en: 'Cluster industrial investment growth' },
      indicator: 'industrial_investment_growth',
      reading: 'rate',
      writtenValue: 15,
      writtenUnit: '%',
      targetValue: 0.15,
      unit: 'ratio',
      actualValue,
      progress,
      projectedValue: actualValue,
      onTrack: actualValue >= 0.15,
    });
    const [met, short] = targetSections([growth(0.4846, 1), { ...growth(0.121, 0.8067), targetId: 'g2' }], 'zh')[0]!
      .lines;
    expect(met).toMatchObject({
      measured: '48.5%',
      target: '15.0%',
      barPercent: 100,
      progressText: '已达标（高于目标 33.5个百分点）',
      rate: { met: true, gap: '高于目标 33.5个百分点' },
      projection: '按最新累计增速（率）48.5%，2025 年可达标',
    });
    expect(short).toMatchObject({ barPercent: 80.7, progressText: '未达标（低于目标 2.9个百分点）' });
    const [english] = targetSections([{ ...growth(0.121, 0.8067) }], 'en')[0]!.lines;
    expect(english!.progressText).toBe('Not met (2.9 percentage points below target)');
  });
});
