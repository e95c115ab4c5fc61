/** The platform status trail: forward moves only, the status on a day, in force = 认定 or 复核; kinds from list words. */
import { describe, expect, it } from 'vitest';
import { platformKindOf, platformLevelOf } from './platform-kind.ts';
import { countPlatforms, PLATFORM_MEASURES } from './platform-measures.ts';
import { platformInForce, platformStatusMayFollow, platformStatusOf, platformStatusOn } from './platform-status.ts';

describe('platform status', () => {
  it('moves forward only', () => {
    expect(platformStatusMayFollow(null, 'cultivating')).toBe(true);
    expect(platformStatusMayFollow(null, 'reviewed')).toBe(false);
    expect(platformStatusMayFollow('recognised', 'reviewed')).toBe(true);
    expect(platformStatusMayFollow('reviewed', 'reviewed')).toBe(true);
    expect(platformStatusMayFollow('reviewed', 'recognised')).toBe(false);
    expect(platformStatusMayFollow('delisted', 'recognised')).toBe(false);
  });

  it('reads the status on a day and whether the platform counts', () => {
    const history = [
      { status: 'cultivating' as const, date: '2020-01-01' },
      { status: 'recognised' as const, date: '2021-06-01' },
      { status: 'delisted' as const, date: '2024-10-01' },
    ];
    expect(platformStatusOn(history, '2019-12-31')).toBeNull();
    expect(platformStatusOn(history, '2021-06-01')).toBe('recognised');
    expect(platformInForce(history, '2023-12-31')).toBe(true);
    expect(platformInForce(history, '2024-12-31')).toBe(false);
    expect(platformInForce(history, '2020-12-31')).toBe(false);
  });

  it('reads kinds, levels and statuses from list words', () => {
    expect(platformKindOf('国家新型工业化产业示范基地')).toBe('industrialisation_demo_base');
    expect(platformKindOf('特色小微企业园')).toBe('small_micro_park');
    expect(platformKindOf('省级产业创新服务综合体')).toBe('innovation_complex');
    expect(platformKindOf('园区')).toBeNull();
    expect(platformLevelOf('国家级')).toBe('national');
    expect(platformLevelOf('省级')).toBe('provincial');
    expect(platformLevelOf('县级')).toBeNull();
    expect(platformStatusOf('已认定')).toBe('recognised');
    expect(platformStatusOf('创建')).toBe('cultivating');
    expect(platformStatusOf('撤销命名')).toBe('delisted');
  });

  it('counts new parks only after the policy date, and clusters once', () => {
    const parks = PLATFORM_MEASURES.find((m) => m.measure === 'count:new_characteristic_industrial_parks')!;
    const park = (date: string) => ({
      kind: 'characteristic_park' as const,
      level: 'provincial' as const,
      recognisedDate: date,
      topClusterId: null,
      history: [{ status: 'recognised' as const, date }],
    });
    expect(countPlatforms(parks, [park('2020-09-29'), park('2020-09-30'), park('2025-01-01')], 2024)).toBe(1);
    const complexes = PLATFORM_MEASURES.find((m) => m.countClusters)!;
    const complex = (cluster: string) => ({
      kind: 'innovation_complex' as const,
      level: 'provincial' as const,
      recognisedDate: '2021-01-01',
      topClusterId: cluster,
      history: [{ status: 'recognised' as const, date: '2021-01-01' }],
    });
    expect(countPlatforms(complexes, [complex('a'), complex('a'), complex('b')], 2024)).toBe(2);
  });
});
