import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell } from './read-date-cell.ts';

describe('readDateCell', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024年6月', '2024-06-01'],
    ['2024-06', '2024-06-01'],
    [45356, '2024-03-05'],
  ])('%s → %s', (cell, value) => {
    expect(readDateCell(cell)).toEqual({ kind: 'date', value });
  });

  it.each([null, '', '  ', '—', '-', '/'])('%j is no date', (cell) => {
    expect(readDateCell(cell)).toEqual({ kind: 'missing' });
  });

  it.each(['2023-02-30', '2024年13月1日', '下月', '3/5/2024', 12.5, 3, true])('%j is invalid', (cell) => {
    expect(readDateCell(cell).kind).toBe('invalid');
  });

  it('reads every real day written as YYYY-MM-DD, YYYY/M/D or YYYY年M月D日 the same', () => {
    const day = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number);
        for (const text of [iso, `${y}/${m}/${d}`, `${y}年${m}月${d}日`])
          expect(readDateCell(text)).toEqual({ kind: 'date', value: iso });
      }),
    );
  });
});
