import { describe, expect, it } from 'vitest';
import { registerSubjectLabel, warningSubjectLink } from './warning-subject-link.ts';

describe('warning subject links', () => {
  it('opens the platforms register at the unit and the chain of a lead', () => {
    expect(warningSubjectLink({ kind: 'platform_review_due', figures: {}, reportingUnitId: '330481' })).toBe(
      '/platforms?unit=330481',
    );
    expect(
      warningSubjectLink({ kind: 'chain_lead_stalled', figures: { chainId: 'photovoltaic' }, reportingUnitId: null }),
    ).toBe('/chains/photovoltaic');
    expect(warningSubjectLink({ kind: 'growth_below', figures: {}, reportingUnitId: null })).toBeNull();
  });

  it('names the register record', () => {
    expect(registerSubjectLabel('platform_review_due')).toEqual({ zh: '平台载体', en: 'Platform' });
    expect(registerSubjectLabel('growth_below')).toBeNull();
  });
});
