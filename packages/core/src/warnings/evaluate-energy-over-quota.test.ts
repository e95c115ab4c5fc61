import { describe, expect, it } from 'vitest';
import { evaluateEnergyOverQuota } from './evaluate-energy-over-quota.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const unit = subject('330402', 'unit');
const ladder = { red: 10, orange: 5, yellow: 0 };

describe('energy_over_quota', () => {
  const rule = ruleOf('energy_over_quota', { severity: ladder, parameters: { quotas: { '330402': 1000 } } });
  it.each([
    [900, null],
    [1000, null], // exactly at the quota: not over
    [1000.5, 'yellow'],
    [1050, 'yellow'], // exactly 5 % over: not over 5
    [1080, 'orange'],
    [1200, 'red'],
  ])('%d tce against a quota of 1000 → %s', (energy, severity) => {
    const outcome = evaluateEnergyOverQuota(rule, { subjects: [{ subject: unit, energy, output: null }] });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('grades energy per 万元 of output against a ceiling', () => {
    const ceiling = ruleOf('energy_over_quota', { severity: ladder, parameters: { intensityCeiling: 0.1 } });
    // 120 tce on 1,000万元 (1e7 元) = 0.12 tce per 万元: 20 % over
    const outcome = evaluateEnergyOverQuota(ceiling, { subjects: [{ subject: unit, energy: 120, output: 1e7 }] });
    expect(outcome.findings[0]).toMatchObject({
      severity: 'red',
      figures: { tcePer10kYuan: expect.closeTo(0.12, 12) },
    });
    const missing = evaluateEnergyOverQuota(ceiling, { subjects: [{ subject: unit, energy: 120, output: null }] });
    expect(missing).toMatchObject({ evaluable: true, findings: [] });
    expect(missing.skipped).toHaveLength(1);
  });

  it('is not evaluable when no subject has a quota', () => {
    const other = subject('330411', 'unit');
    const outcome = evaluateEnergyOverQuota(rule, { subjects: [{ subject: other, energy: 5000, output: null }] });
    expect(outcome).toMatchObject({ evaluable: false, findings: [] });
  });

  it('skips a subject with a quota but no energy figure', () => {
    const outcome = evaluateEnergyOverQuota(rule, { subjects: [{ subject: unit, energy: null, output: 1 }] });
    expect(outcome.skipped).toHaveLength(1);
  });
});
