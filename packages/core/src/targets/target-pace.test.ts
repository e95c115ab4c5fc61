/** How register and manual figures progress and project: counts linearly, levels compounded, rates and yearly not. */
import { describe, expect, it } from 'vitest';
import { targetPace, targetReading } from './target-pace.ts';
import { targetSection } from './target-section.ts';

describe('target pace', () => {
  it('reads a target by its measure and unit', () => {
    expect(targetReading('count:single_champions', 'count')).toBe('count');
    expect(targetReading('count:zhejiang_made_standards_per_year', 'count')).toBe('yearly');
    expect(targetReading('industrial_investment_growth', 'ratio')).toBe('rate');
    expect(targetReading('tax_per_mu', 'yuan/mu')).toBe('level');
  });

  it('projects counts linearly, levels at their growth; rates and yearly targets have no projection', () => {
    const base = { target: 10, targetYear: 2025, year: 2023 };
    expect(targetPace({ ...base, reading: 'count', value: 6, previous: 4 })).toEqual({
      progress: 0.6,
      projectedValue: 10,
      onTrack: true,
      pace: 2,
    });
    expect(targetPace({ ...base, reading: 'count', value: 6, previous: null }).onTrack).toBeNull();
    expect(targetPace({ ...base, reading: 'count', value: 12, previous: 4 }).onTrack).toBe(true);
    const level = targetPace({ ...base, reading: 'level', value: 8, previous: 8 / 1.1 });
    expect(level.projectedValue).toBeCloseTo(9.68, 10);
    expect(level.onTrack).toBe(false);
    expect(targetPace({ ...base, reading: 'rate', value: 0.16, target: 0.15, previous: null })).toMatchObject({
      projectedValue: 0.16,
      onTrack: true,
    });
    expect(targetPace({ ...base, reading: 'count', value: 6, previous: 4, year: 2025 }).onTrack).toBe(false);
  });

  it('compares a rate with the target rate: progress capped at 1, the latest rate as projection', () => {
    const rate = { reading: 'rate' as const, target: 0.15, targetYear: 2025, year: 2024, previous: 0.02 };
    expect(targetPace({ ...rate, value: 0.7269 })).toEqual({
      progress: 1,
      projectedValue: 0.7269,
      onTrack: true,
      pace: null,
    });
    expect(targetPace({ ...rate, value: 0.12 })).toEqual({
      progress: 0.8,
      projectedValue: 0.12,
      onTrack: false,
      pace: null,
    });
    expect(targetPace({ ...rate, value: -0.05 })).toMatchObject({ progress: 0, onTrack: false });
    expect(targetPace({ ...rate, target: 0, value: -0.01 })).toMatchObject({ progress: 0, onTrack: false });
  });

  it('places a target in its policy section', () => {
    expect(targetSection({ clusterId: 'x', source: '四(一)' }).id).toBe('clusters');
    expect(targetSection({ clusterId: null, source: '…（市经信局 2020-09-29）四(六)' })).toMatchObject({
      id: 'task-6',
      name: { zh: '四(六) 企业培育' },
    });
    expect(targetSection({ clusterId: null, source: '二、工作目标（力争）' }).id).toBe('goal');
    expect(targetSection({ clusterId: null, source: null }).id).toBe('later');
  });
});
