import { describe, expect, it } from 'vitest';
import { matchProfileColumns } from './match-profile-columns.ts';

const columns = [
  { key: 'enterprise_name', synonyms: ['企业名称', '单位名称', '单位详细名称'] },
  { key: 'uscc', synonyms: ['统一社会信用代码', '社会信用代码'] },
  { key: 'output_current', synonyms: ['工业总产值|本年累计', '工业总产值本年累计'] },
  { key: 'output_base', synonyms: ['工业总产值|上年同期'] },
  { key: 'electricity', synonyms: ['用电量'] },
];

describe('matchProfileColumns', () => {
  it('finds each profile column once, with the header unit', () => {
    const labels = [
      '序号',
      '单位详细名称',
      '统一社会信用代码',
      '工业总产值(万元)|上年同期',
      '工业总产值(万元)|本年累计',
      '用电量（千瓦时）',
    ];
    expect(matchProfileColumns(labels, columns)).toEqual([
      { key: 'enterprise_name', index: 1, label: '单位详细名称', headerUnit: null },
      { key: 'uscc', index: 2, label: '统一社会信用代码', headerUnit: null },
      { key: 'output_current', index: 4, label: '工业总产值(万元)|本年累计', headerUnit: '万元' },
      { key: 'output_base', index: 3, label: '工业总产值(万元)|上年同期', headerUnit: '万元' },
      { key: 'electricity', index: 5, label: '用电量（千瓦时）', headerUnit: '千瓦时' },
    ]);
  });

  it('prefers the earlier synonym, and the leftmost column when a name repeats', () => {
    const labels = ['单位名称', '企业名称', '企业名称'];
    expect(matchProfileColumns(labels, columns).map(({ key, index }) => [key, index])).toEqual([
      ['enterprise_name', 1],
    ]);
  });

  it('never gives one sheet column to two profile columns', () => {
    const twice = [
      { key: 'a', synonyms: ['企业名称'] },
      { key: 'b', synonyms: ['企业名称'] },
    ];
    expect(matchProfileColumns(['企业名称', '企业名称'], twice).map(({ index }) => index)).toEqual([0, 1]);
    expect(matchProfileColumns(['企业名称'], twice).map(({ key }) => key)).toEqual(['a']);
  });

  it('leaves out columns it cannot find', () => {
    expect(matchProfileColumns(['', '甲', '1,234.5'], columns)).toEqual([]);
  });
});
