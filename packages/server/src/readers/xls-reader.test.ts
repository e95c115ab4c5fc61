import { readFileSync } from 'node:fs';
import { CFB, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { resolveReadLimits } from './read-limits.ts';
import { readXls } from './xls-reader.ts';

const limits = resolveReadLimits();
const power = readFileSync(new URL('../../test/fixtures/readers/power.xls', import.meta.url));

describe('readXls on the power fixture (BIFF8 written by SheetJS)', () => {
  it('reads every sheet with cached values, dates as YYYY-MM-DD and errors as null', () => {
    const [data, notes] = readXls(power, 'power.xls', limits);
    expect(data?.name).toBe('用电');
    expect(data?.rows).toEqual([
      ['2024年企业用电量'],
      ['企业名称', '用电量（千瓦时）', null, '抄表日期'],
      [null, '本月', '上年同月'],
      ['海宁市皮革有限公司', 52000, 48000, '2024-06-30'],
      ['桐乡市化纤有限公司', '001200', 1000],
    ]);
    expect(notes).toEqual({ name: '备注', rows: [['备注'], ['无']], merges: [] });
  });

  it('turns !merges into 0-based inclusive ranges', () => {
    const [data] = readXls(power, 'power.xls', limits);
    expect(data?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ]);
  });
});

describe('readXls limits and refusals', () => {
  it('refuses more rows, columns or sheets than allowed', () => {
    expect(() => readXls(power, 'power.xls', { ...limits, maxRowsPerSheet: 4 })).toThrow(
      expect.objectContaining({ code: 'too_many_rows', message: expect.stringMatching(/"用电".*上限 4 行/) }),
    );
    expect(() => readXls(power, 'power.xls', { ...limits, maxColumns: 3 })).toThrow(/超过上限 3 列/);
    expect(() => readXls(power, 'power.xls', { ...limits, maxSheets: 1 })).toThrow(/2 个工作表，上限 1/);
  });

  it('refuses an OLE2 file without a workbook and a truncated one', () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'WordDocument', Buffer.from('not a workbook'));
    const doc = CFB.write(container, { type: 'buffer' }) as Buffer;
    expect(() => readXls(doc, 'report.doc', limits)).toThrow(expect.objectContaining({ code: 'unsupported_type' }));
    const whole = write(utils.book_new(utils.aoa_to_sheet([[1, 2]]), 'S'), { type: 'buffer', bookType: 'biff8' });
    expect(() => readXls((whole as Buffer).subarray(0, 1536), 'cut.xls', limits)).toThrow(
      expect.objectContaining({ code: 'corrupt', message: expect.stringContaining('"cut.xls"') }),
    );
  });
});
