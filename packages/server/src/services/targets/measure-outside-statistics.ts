/**
 * The value of a target that statistics do not measure: from its register's provider (as of the year, and a year
 * earlier for the pace), else from the latest manual actual city staff recorded, else unavailable with the reason —
 * never a silent 0. Progress and projection follow the measure's reading (core targetPace). Providers answer a
 * growth target in percent (15 for 15 %); targets of canonical unit `ratio` hold 0.15, so such answers are scaled.
 */
import { targetPace, targetReading, type BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { ManualActual } from './manual-target-actuals.ts';
import { findMeasureProvider } from './target-measure-providers.ts';

export type TargetSourceKind = 'statistics' | 'register' | 'manual' | 'unavailable';

export interface OutsideStatisticsValue {
  source: TargetSourceKind;
  actualYear: number | null;
  actualValue: number | null;
  progress: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
  /** What was counted (register) or where the figure comes from (manual). */
  basis: BilingualName | null;
  unavailable: BilingualName | null;
}

export interface OutsideStatisticsTarget {
  systemId: string;
  clusterId: string | null;
  measure: string;
  unit: string;
  targetValue: number;
  targetYear: number;
}

export async function measureOutsideStatistics(
  db: Kysely<DatabaseSchema>,
  target: OutsideStatisticsTarget,
  asOfYear: number,
  manual: { current: ManualActual | null; previous: ManualActual | null },
): Promise<OutsideStatisticsValue> {
  const reading = targetReading(target.measure, target.unit);
  const paced = (value: number, year: number, previous: number | null) =>
    targetPace({ reading, target: target.targetValue, targetYear: target.targetYear, value, year, previous });
  const provider = findMeasureProvider(target.measure);
  let reason: BilingualName | null = null;
  if (provider) {
    const query = { systemId: target.systemId, clusterId: target.clusterId, asOfYear };
    const scale = target.unit === 'ratio' ? 0.01 : 1;
    const measured = await provider.measureValue(db, query);
    if (measured.value !== null) {
      const before = await provider.measureValue(db, { ...query, asOfYear: measured.year - 1 });
      const value = measured.value * scale;
      const pace = paced(value, measured.year, before.value === null ? null : before.value * scale);
      return {
        source: 'register',
        actualYear: measured.year,
        actualValue: value,
        progress: pace.progress,
        projectedValue: pace.projectedValue,
        onTrack: pace.onTrack,
        basis: measured.basis,
        unavailable: null,
      };
    }
    reason = measured.unavailable;
  }
  if (manual.current !== null) {
    const pace = paced(manual.current.value, manual.current.year, manual.previous?.value ?? null);
    return {
      source: 'manual',
      actualYear: manual.current.year,
      actualValue: manual.current.value,
      progress: pace.progress,
      projectedValue: pace.projectedValue,
      onTrack: pace.onTrack,
      basis: { zh: `人工录入：${manual.current.sourceText}`, en: `recorded by hand: ${manual.current.sourceText}` },
      unavailable: null,
    };
  }
  return {
    source: 'unavailable',
    actualYear: null,
    actualValue: null,
    progress: null,
    projectedValue: null,
    onTrack: null,
    basis: null,
    unavailable: reason ?? {
      zh: '没有名录或统计口径可计算该指标，请市级人员录入实际值',
      en: 'no register or statistic measures this: city staff record the actual value',
    },
  };
}
