/**
 * COINr's outlier rule (check_SkewKurt): a column passes when |skewness| < the skew threshold (default 2)
 * OR excess kurtosis < the kurtosis threshold (default 3.5), over its present values. As in R, an
 * incomputable statistic (too few values, no spread) does not decide: `pass` is null when the other test
 * does not pass either.
 */
import type { Value } from './dataset.ts';
import { presentValues } from './descriptive-statistics.ts';
import { kurtosis, skewness } from './skewness-kurtosis.ts';

export interface OutlierThresholds {
  skewThreshold: number;
  kurtosisThreshold: number;
}

export interface OutlierCheck {
  pass: boolean | null;
  skew: number | null;
  kurtosis: number | null;
}

const orNull = (value: number) => (Number.isFinite(value) ? value : null);

export function checkOutliers(values: readonly Value[], thresholds: OutlierThresholds): OutlierCheck {
  const present = presentValues(values);
  const skew = orNull(skewness(present));
  const kurt = orNull(kurtosis(present));
  const skewPasses = skew === null ? null : Math.abs(skew) < thresholds.skewThreshold;
  const kurtosisPasses = kurt === null ? null : kurt < thresholds.kurtosisThreshold;
  const pass =
    skewPasses === true || kurtosisPasses === true
      ? true
      : skewPasses === null || kurtosisPasses === null
        ? null
        : false;
  return { pass, skew, kurtosis: kurt };
}
