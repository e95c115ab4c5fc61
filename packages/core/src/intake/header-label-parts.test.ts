import { describe, expect, it } from 'vitest';
import { headerLabelParts, type HeaderLabelParts } from './header-label-parts.ts';

const parts = (names: string[], unit: string | null = null): HeaderLabelParts => ({ parts: names, unit });

describe('headerLabelParts', () => {
  it.each<[string, HeaderLabelParts]>([
    ['企业名称', parts(['企业名称'])],
    ['工业总产值(万元)|本年累计', parts(['工业总产值', '本年累计'], '万元')],
    ['主要指标|工业总产值|本年累计', parts(['主要指标', '工业总产值', '本年累计'])],
    ['工业总产值|本年累计|万元', parts(['工业总产值', '本年累计'], '万元')],
    ['工业总产值(千元)|本年累计|（万元）', parts(['工业总产值', '本年累计'], '万元')],
    ['用电量|千瓦时', parts(['用电量'], '千瓦时')],
    ['企业名称|甲', parts(['企业名称'])],
    ['工业总产值|本年累计|3', parts(['工业总产值', '本年累计'])],
    ['工业总产值|2024', parts(['工业总产值', '2024'])],
    ['1', parts(['1'])],
    ['人数', parts(['人数'])],
    ['从业人员|人数', parts(['从业人员'], '人数')],
    ['（万元）', parts([], '万元')],
    ['', parts([])],
    ['ＵＳＣＣ', parts(['uscc'])],
  ])('%j → %j', (label, expected) => {
    expect(headerLabelParts(label)).toEqual(expected);
  });
});
