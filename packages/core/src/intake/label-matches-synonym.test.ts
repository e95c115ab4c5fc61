import { describe, expect, it } from 'vitest';
import { headerLabelParts } from './header-label-parts.ts';
import { labelMatchesSynonym, synonymParts } from './label-matches-synonym.ts';

const matches = (label: string, synonym: string): boolean =>
  labelMatchesSynonym(headerLabelParts(label).parts, synonym);

describe('labelMatchesSynonym', () => {
  it.each([
    ['工业总产值', '工业总产值'],
    ['工业总产值(万元)', '工业总产值'],
    ['工业总产值\n（万元）', '工业总产值（万元）'],
    ['主要指标|工业总产值', '工业总产值'],
    ['工业总产值|本年累计', '工业总产值|本年累计'],
    ['工业总产值(万元)|本年累计', '工业总产值|本年累计'],
    ['主要指标|工业总产值|本年累计', '工业总产值|本年累计'],
    ['工业总产值|主要指标|本年累计', '工业总产值|本年累计'],
    ['工业总产值|本年累计|万元', '工业总产值|本年累计'],
    ['工业总产值|本年累计|甲', '工业总产值|本年累计'],
    ['工业总产值本年累计', '工业总产值|本年累计'],
    ['工业总产值|本年累计', '工业总产值本年累计'],
    ['统一社会信用代码（ＵＳＣＣ）', '统一社会信用代码(uscc)'],
    ['USCC', 'uscc'],
    ['其中：出口交货值', '出口交货值'],
    ['工业销售产值|其中|出口交货值', '出口交货值'],
  ])('%j is named by %j', (label, synonym) => {
    expect(matches(label, synonym)).toBe(true);
  });

  it.each([
    ['工业总产值|本年累计', '工业总产值'],
    ['工业总产值|上年同期', '工业总产值|本年累计'],
    ['本年累计|工业总产值', '工业总产值|本年累计'],
    ['本年累计', '工业总产值|本年累计'],
    ['营业收入|本年累计', '工业总产值|本年累计'],
    ['工业总产值(当年价)', '工业总产值'],
    ['营业收入(含税)', '营业收入(不含税)'],
    ['工业总产值增速', '工业总产值'],
    ['', '工业总产值'],
    ['工业总产值', ''],
    ['工业总产值', '|'],
  ])('%j is not named by %j', (label, synonym) => {
    expect(matches(label, synonym)).toBe(false);
  });

  it('takes prepared synonym parts as well as text', () => {
    expect(synonymParts(' 工业总产值（万元） | 本年累计 ')).toEqual(['工业总产值', '本年累计']);
    expect(labelMatchesSynonym(['工业总产值', '本年累计'], ['工业总产值', '本年累计'])).toBe(true);
  });
});
