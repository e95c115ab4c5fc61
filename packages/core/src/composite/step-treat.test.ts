import { describe, expect, it } from 'vitest';
import { createDataset } from './dataset.ts';
import { createFramework } from './framework.ts';
import { logTransform } from './log-transform.ts';
import { stepContext } from './step-context.ts';
import { runTreatStep, treatStepSchema } from './step-treat.ts';

const framework = createFramework([
  {
    iCode: 'X',
    iName: null,
    type: 'Indicator',
    level: 1,
    direction: 1,
    weight: null,
    parent: null,
    target: null,
    denominator: null,
  },
]);
/** 20 values from 1 to 2.9 and three outliers: one winsorised point is not enough, five are. */
const outlying = [...Array.from({ length: 20 }, (_, index) => 1 + index / 10), 40, 200, 1000];
const units = outlying.map((_, index) => `U${index}`);
const data = createDataset(units, [['X', outlying]]);
const context = stepContext({ framework, units: [], data });
const treat = (settings: object) => runTreatStep(data, context, treatStepSchema.parse({ step: 'treat', ...settings }));

describe('runTreatStep', () => {
  it('falls back to log-ct of the original column when winsorising cannot pass the rule', () => {
    const output = treat({ maxWinsorised: 1 });
    expect(output.data.columns.get('X')).toEqual(logTransform(outlying, 'log-ct'));
    const detail = output.details.indicators[0];
    expect([detail?.winsorised, detail?.afterWinsorising?.pass, detail?.transform]).toEqual([1, false, 'log-ct']);
    expect(detail?.points).toHaveLength(outlying.length);
  });

  it('with combine, logs the winsorised column; with fallback none, keeps it', () => {
    const combined = treat({ maxWinsorised: 1, combine: true, fallback: 'log-ct-orig' });
    const winsorised = treat({ maxWinsorised: 1, fallback: 'none' }).data.columns.get('X') ?? [];
    expect(winsorised.slice(-2)).toEqual([200, 200]);
    expect(combined.data.columns.get('X')).toEqual(logTransform(winsorised, 'log-ct-orig'));
    expect(combined.details.indicators[0]?.points.map((point) => point.treatment).slice(0, 2)).toEqual([
      'winsorised-high',
      'log-ct-orig',
    ]);
  });

  it('winsorises until the rule passes when allowed enough points, and reports outliers that remain', () => {
    const output = treat({});
    expect(output.details.indicators[0]?.afterWinsorising?.pass).toBe(true);
    expect(output.messages).toEqual([]);
    const stubborn = treat({ maxWinsorised: 1, fallback: 'none' });
    expect(stubborn.messages.map((message) => message.code)).toEqual(['outliers_remain']);
  });
});
