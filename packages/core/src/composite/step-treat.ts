/**
 * Treat: tame outliers indicator by indicator (COINr Treat with its defaults). If a column fails the outlier
 * rule (|skew| ≥ 2 and kurtosis ≥ 3.5), winsorise up to `maxWinsorised` points; if it still fails, apply the
 * `fallback` log transform to the original column (or to the winsorised one with `combine: true`). The
 * settings apply to every indicator; `indicators` overrides them per iCode, or turns treatment off with
 * `none`. Details record the checks before and after each treatment and every treated point.
 */
import { z } from 'zod';
import { compositeMessage, type CompositeMessage } from './composite-message.ts';
import { withColumns, type Dataset, type Value } from './dataset.ts';
import { presentValues } from './descriptive-statistics.ts';
import { logTransform, logTransforms } from './log-transform.ts';
import { checkOutliers, type OutlierCheck } from './outlier-check.ts';
import {
  checkIndicatorKeys,
  indicatorColumns,
  stepBaseShape,
  type StepContext,
  type StepOutput,
} from './step-context.ts';
import { winsorise } from './winsorise.ts';

const treatSettingsShape = {
  skewThreshold: z.number().positive(),
  kurtosisThreshold: z.number(),
  maxWinsorised: z.number().int().nonnegative().nullable(),
  forceWinsorise: z.boolean(),
  fallback: z.enum([...logTransforms, 'none']),
  combine: z.boolean(),
};
const treatOverrideSchema = z.union([z.literal('none'), z.strictObject(treatSettingsShape).partial()]);

export const treatStepSchema = z.strictObject({
  step: z.literal('treat'),
  ...stepBaseShape,
  skewThreshold: treatSettingsShape.skewThreshold.default(2),
  kurtosisThreshold: treatSettingsShape.kurtosisThreshold.default(3.5),
  maxWinsorised: treatSettingsShape.maxWinsorised.default(5),
  forceWinsorise: treatSettingsShape.forceWinsorise.default(false),
  fallback: treatSettingsShape.fallback.default('log-ct'),
  combine: treatSettingsShape.combine.default(false),
  indicators: z.record(z.string(), treatOverrideSchema).default({}),
});
export type TreatStep = z.infer<typeof treatStepSchema>;
type TreatSettings = Omit<TreatStep, 'step' | 'name' | 'from' | 'indicators'>;

export interface TreatedIndicator {
  iCode: string;
  before: OutlierCheck;
  /** Points winsorised, null when winsorising did not run. */
  winsorised: number | null;
  afterWinsorising: OutlierCheck | null;
  transform: string | null;
  afterTransform: OutlierCheck | null;
  points: { uCode: string; treatment: string }[];
}

export interface TreatDetails {
  step: 'treat';
  indicators: TreatedIndicator[];
}

/** One column through COINr's Treat.numeric; an undecidable check after a treatment returns the column untreated. */
function treatColumn(values: readonly Value[], settings: TreatSettings, unitCodes: readonly string[]) {
  const thresholds = { skewThreshold: settings.skewThreshold, kurtosisThreshold: settings.kurtosisThreshold };
  const detail: Omit<TreatedIndicator, 'iCode'> = {
    before: checkOutliers(values, thresholds),
    winsorised: null,
    afterWinsorising: null,
    transform: null,
    afterTransform: null,
    points: [],
  };
  const untreated = () => ({ values: [...values], detail: { ...detail, points: [] } });
  if (detail.before.pass !== false) return untreated();
  const winsorised = winsorise(values, {
    ...thresholds,
    maxPoints: settings.maxWinsorised,
    force: settings.forceWinsorise,
  });
  detail.winsorised = winsorised.count;
  detail.afterWinsorising = checkOutliers(winsorised.values, thresholds);
  const label = (positions: number[], treatment: string) =>
    positions.map((position) => ({ uCode: unitCodes[position] ?? '', treatment }));
  detail.points = [...label(winsorised.high, 'winsorised-high'), ...label(winsorised.low, 'winsorised-low')];
  if (detail.afterWinsorising.pass === null) return untreated();
  if (detail.afterWinsorising.pass || settings.fallback === 'none') return { values: winsorised.values, detail };
  const transformed = logTransform(settings.combine ? winsorised.values : values, settings.fallback);
  detail.transform = settings.fallback;
  detail.afterTransform = checkOutliers(transformed, thresholds);
  if (detail.afterTransform.pass === null) return untreated();
  const all = transformed.flatMap((value, position) => (value === null ? [] : [position]));
  const logged = label(all, settings.fallback);
  detail.points = settings.combine ? [...detail.points, ...logged] : logged;
  return { values: transformed, detail };
}

export function runTreatStep(data: Dataset, context: StepContext, step: TreatStep): StepOutput<TreatDetails> {
  checkIndicatorKeys(Object.keys(step.indicators), context.framework, 'indicators');
  const messages: CompositeMessage[] = [];
  const updates = new Map<string, Value[]>();
  const indicators: TreatedIndicator[] = [];
  for (const iCode of indicatorColumns(data, context.framework)) {
    const override = Object.hasOwn(step.indicators, iCode) ? step.indicators[iCode] : {};
    if (override === 'none' || override === undefined) continue;
    const values = data.columns.get(iCode) ?? [];
    if (presentValues(values).length < 4) {
      messages.push(
        compositeMessage(
          'warning',
          'too_few_values',
          { iCode },
          '有效值少于 4 个，未做异常值处理',
          'fewer than 4 values; not treated',
        ),
      );
      continue;
    }
    const treated = treatColumn(values, { ...step, ...override }, data.unitCodes);
    updates.set(iCode, treated.values);
    indicators.push({ iCode, ...treated.detail });
    const last = treated.detail.afterTransform ?? treated.detail.afterWinsorising ?? treated.detail.before;
    if (last.pass !== true)
      messages.push(
        compositeMessage(
          'warning',
          last.pass === null ? 'outlier_check_undecided' : 'outliers_remain',
          { iCode },
          last.pass === null ? '无法计算偏度/峰度，未处理' : '处理后仍未满足偏度/峰度规则',
          last.pass === null
            ? 'skewness/kurtosis cannot be computed; not treated'
            : 'still fails the skew/kurtosis rule after treatment',
        ),
      );
  }
  return { data: withColumns(data, updates), messages, details: { step: 'treat', indicators } };
}
