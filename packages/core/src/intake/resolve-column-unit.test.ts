import { describe, expect, it } from 'vitest';
import { findUnit, type Unit } from '../units/index.ts';
import { resolveColumnUnit, type ColumnUnitInput } from './resolve-column-unit.ts';
import type { ColumnRole } from './source-profile.ts';

const unit = (text: string): Unit => {
  const found = findUnit(text);
  if (found === undefined) throw new Error(`test unit ${text}`);
  return found;
};

function input(
  role: ColumnRole,
  defaultUnit: string | null,
  headerUnit: string | null,
  lineUnit: string | null,
): ColumnUnitInput {
  return {
    column: { role, defaultUnit },
    label: '工业总产值|本年累计',
    headerUnit,
    headerRow: 4,
    lineUnit: lineUnit === null ? null : unit(lineUnit),
  };
}

describe('resolveColumnUnit', () => {
  it.each<[string, ColumnUnitInput, string | null, string | null]>([
    ['the header unit first', input('measure_current', '千元', '万元', '亿元'), 'ten_thousand_yuan', 'header'],
    ['a header unit on any column', input('text', null, '千瓦时', null), 'kwh', 'header'],
    ['the unit line for a measure', input('measure_current', '千元', null, '万元'), 'ten_thousand_yuan', 'unit_line'],
    ['the unit line without a default', input('measure_base', null, null, '万元'), 'ten_thousand_yuan', 'unit_line'],
    ['the unit line for a month measure', input('measure_month', null, null, '千元'), 'thousand_yuan', 'unit_line'],
    ['no unit line of another dimension', input('measure_current', '人', null, '万元'), 'person', 'profile'],
    ['no unit line on identity columns', input('uscc', null, null, '万元'), null, null],
    ['the profile default by symbol', input('measure_current', '万元', null, null), 'ten_thousand_yuan', 'profile'],
    ['the profile default by code', input('measure_current', 'kwh', null, null), 'kwh', 'profile'],
    ['nothing', input('enterprise_name', null, null, null), null, null],
  ])('takes %s', (_name, given, code, source) => {
    expect(resolveColumnUnit(given)).toEqual({ unit: code, source, issue: null });
  });

  it('reports an unknown header unit at the header row', () => {
    const resolved = resolveColumnUnit({ ...input('measure_current', '万元', '万立方米', null) });
    expect(resolved.unit).toBeNull();
    expect(resolved.source).toBe('header');
    expect(resolved.issue).toMatchObject({
      row: 4,
      column: '工业总产值|本年累计',
      code: 'unit_unknown',
      severity: 'error',
    });
    expect(resolved.issue?.message.zh).toBe('第 4 行 工业总产值|本年累计 未知计量单位“万立方米”');
  });

  it('reports an unknown profile unit without a row', () => {
    const resolved = resolveColumnUnit(input('measure_current', '万方', null, null));
    expect(resolved).toMatchObject({ unit: null, source: 'profile', issue: { row: null, code: 'unit_unknown' } });
  });
});
