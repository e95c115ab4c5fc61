/** Entry validity on a date (table) and its order as the date moves forward (property). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, daysBetween, entryValidity, type EntryValidity } from './entry-validity.ts';

const entry = { entryDate: '2022-03-01', validUntil: '2025-02-28' };

describe('entry validity', () => {
  it.each([
    ['2022-02-28', 'not_yet'],
    ['2022-03-01', 'in_force'],
    ['2024-08-27', 'in_force'],
    ['2024-08-28', 'expiring'],
    ['2025-02-28', 'expiring'],
    ['2025-03-01', 'expired'],
  ] as const)('on %s is %s', (date, validity) => {
    expect(entryValidity(entry, date)).toBe(validity);
  });

  it('is withdrawn from the review date on', () => {
    expect(entryValidity({ ...entry, withdrawnOn: '2023-05-10' }, '2023-05-09')).toBe('in_force');
    expect(entryValidity({ ...entry, withdrawnOn: '2023-05-10' }, '2023-05-10')).toBe('withdrawn');
  });

  it('adds months clamped to the month end and counts days', () => {
    expect(addMonthsIso('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsIso('2024-12-15', 1)).toBe('2025-01-15');
    expect(daysBetween('2024-12-31', '2025-01-31')).toBe(31);
  });

  it('moves only forward through not_yet → in_force → expiring → expired (property)', () => {
    const order: EntryValidity[] = ['not_yet', 'in_force', 'expiring', 'expired'];
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2000 }), day, day, (entryDate, length, a, b) => {
        const until = new Date(Date.parse(entryDate) + length * 86_400_000).toISOString().slice(0, 10);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = order.indexOf(entryValidity({ entryDate, validUntil: until }, early));
        const second = order.indexOf(entryValidity({ entryDate, validUntil: until }, late));
        expect(first).toBeLessThanOrEqual(second);
      }),
    );
  });
});
