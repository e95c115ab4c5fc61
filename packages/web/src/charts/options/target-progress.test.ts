/** Target progress rows: 亩均税收 first, measured value against target, the projection sentence, reasons. */
import { describe, expect, it } from 'vitest';
import { targetFigure, targetProgressRows, type TargetProgress } from './target-progress.ts';

const base = { clusterId: null, targetYear: 2025, actualYear: 2024 } as const;
const targets: TargetProgress[] = [
  {
    ...base,
    targetId: 'output',
    name: { zh: '“五大”产业集群产值规模', en: 'Output of the five clusters' },
    indicator: 'industrial_output',
    targetValue: 1_000_000_000_000,
    unit: 'yuan',
    actualValue: 592_277_413_000,
    progress: 0.592277413,
    requiredAnnualGrowth: 0.688398,
    actualAnnualGrowth: 0.0422167,
    projectedValue: 617_281_406_688.6481,
    onTrack: false,
    unavailable: null,
  },
  {
    ...base,
    targetId: 'tax',
    name: { zh: '亩均税收', en: 'Tax per mu' },
    indicator: 'tax_per_mu',
    targetValue: 370_000,
    unit: 'yuan/mu',
    actualValue: null,
    progress: null,
    requiredAnnualGrowth: null,
    actualAnnualGrowth: null,
    projectedValue: null,
    onTrack: null,
    unavailable: { zh: '该指标需要尚未建立的名录数据', en: 'needs register data not kept yet' },
  },
];

describe('targetProgressRows', () => {
  it('puts 亩均税收 first and writes measured, target, progress and projection', () => {
    expect(targetProgressRows(targets, 'zh')).toMatchInlineSnapshot(`
      [
        {
          "barPercent": null,
          "headline": true,
          "id": "tax",
          "measured": "—",
          "name": "亩均税收",
          "onTrack": null,
          "pace": null,
          "progressText": "—",
          "projection": null,
          "target": "37.0万元/亩",
          "unavailable": "该指标需要尚未建立的名录数据",
        },
        {
          "barPercent": 59.2,
          "headline": false,
          "id": "output",
          "measured": "5922.8亿元",
          "name": "“五大”产业集群产值规模",
          "onTrack": false,
          "pace": "需年均增长 +68.8%，实际 +4.2%",
          "progressText": "59.2%",
          "projection": "按当前速度 2025 年可达 6172.8亿元",
          "target": "10000.0亿元",
          "unavailable": null,
        },
      ]
    `);
  });

  it('caps the bar at 100% and formats every unit', () => {
    const over = targetProgressRows([{ ...targets[0]!, progress: 1.2 }], 'en')[0]!;
    expect(over.barPercent).toBe(100);
    expect(over.progressText).toBe('120.0%');
    expect(targetFigure(0.034, 'ratio', 'zh')).toBe('3.4%');
    expect(targetFigure(10, 'count', 'zh')).toBe('10');
    expect(targetFigure(350_000, 'yuan/person', 'en')).toBe('350 thousand yuan per person');
    expect(targetFigure(null, 'yuan', 'zh')).toBe('—');
  });
});
