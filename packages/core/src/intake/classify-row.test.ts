import { describe, expect, it } from 'vitest';
import { classifyRow, type RowKind } from './classify-row.ts';
import type { CellValue } from './sheet-grid.ts';

/** Columns: 序号, 企业名称, 统一社会信用代码, 工业总产值, 上年同期; identity columns 1 and 2. */
const identity = [1, 2];

describe('classifyRow', () => {
  it.each<[string, CellValue[], RowKind]>([
    ['an enterprise', [1, '嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', '12,345.6', '11,020.3'], 'data'],
    ['an enterprise with gaps', [null, '嘉兴某某纺织有限公司', null, '—', null], 'data'],
    ['a name starting 注塑', [3, '注塑科技（嘉兴）有限公司', '91330400MA2B3C4D5E', 10, 9], 'data'],
    ['a name starting 制表', [4, '制表厂', null, 10, 9], 'data'],
    ['all null', [null, null, null, null, null], 'blank'],
    ['whitespace only', ['', ' ', '\u3000', '\n', null], 'blank'],
    ['no cells', [], 'blank'],
    ['合计 in the 序号 column', ['合计', null, null, '25,346.6', '22,120.3'], 'total'],
    ['合  计 spaced out', [null, '合  计', null, 25346.6, 22120.3], 'total'],
    ['总计', [null, '总计', null, 1, 1], 'total'],
    ['全市合计', [null, '全市合计', null, 1, 1], 'total'],
    ['嘉兴市总计', ['嘉兴市总计', null, null, 1, 1], 'total'],
    ['合计：', [null, '合计：', null, 1, 1], 'total'],
    ['小计', [null, '小计', null, 1, 1], 'subtotal'],
    ['南湖区小计', [null, '南湖区小计', null, 1, 1], 'subtotal'],
    ['其中', [null, '其中', null, 1, 1], 'of_which'],
    ['其中：', [null, '其中：', null, 1, 1], 'of_which'],
    ['其中：外资企业', [null, '其中：外资企业', null, 1, 1], 'of_which'],
    ['其中:规上企业 (half-width)', ['其中:规上企业', null, null, 1, 1], 'of_which'],
    ['注：', ['注：本表数据为快报数。', null, null, null, null], 'note'],
    ['注1：', ['注1：“—”表示无数据。', null, null, null, null], 'note'],
    ['说明：', ['说明：1-2月合并统计。', null, null, null, null], 'note'],
    ['备注：', [null, '备注：单位已注销'], 'note'],
    ['数据来源：', ['数据来源：嘉兴市统计局', null, null, null, null], 'note'],
    ['填表人：', ['填表人：张三', null, '制表：李四', null, null], 'note'],
    ['制表：', ['制表：嘉兴市统计局', null, null, null, null], 'note'],
    ['制表单位：', ['制表单位：嘉兴市统计局'], 'note'],
    ['合计 in a measure column only', [5, '某某有限公司', '91330400MA2B3C4D5E', '合计', null], 'data'],
  ])('reads %s as %s', (_name, row, kind) => {
    expect(classifyRow(row, identity)).toBe(kind);
  });

  it('looks at the first cell when there are no identity columns', () => {
    expect(classifyRow(['合计', 10], [])).toBe('total');
    expect(classifyRow([null, '合计', 10], [])).toBe('data');
  });

  it('looks at identity columns right of the label columns too', () => {
    expect(classifyRow([1, 2, '小计', '其中'], [0, 3])).toBe('subtotal');
    expect(classifyRow([1, 2, 3, '其中'], [0, 3])).toBe('of_which');
  });
});
