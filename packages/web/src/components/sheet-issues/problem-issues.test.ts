/** Reading a register upload's problems (整治清单, 平台载体名单) as sheet issues with row and column. */
import { describe, expect, it } from 'vitest';
import { issuesOfProblems, shortText } from './problem-issues.ts';

describe('issuesOfProblems', () => {
  it('reads the rectification list’s 第N行「列」 paths', () => {
    expect(
      issuesOfProblems([
        { path: '第3行「腾出用地（亩）」(row 3)', message: '验收须填腾出用地 (land freed is required)' },
        { path: '第5行 (row 5)', message: '不在您的数据范围内：X (outside your scope)' },
        { message: '另有 3 处问题未列出 (and 3 more)' },
      ]),
    ).toEqual([
      {
        row: 3,
        column: '腾出用地（亩）',
        code: '验收须填腾出用地',
        severity: 'error',
        message: '验收须填腾出用地 (land freed is required)',
      },
      {
        row: 5,
        column: null,
        code: '不在您的数据范围内：X',
        severity: 'error',
        message: '不在您的数据范围内：X (outside your scope)',
      },
      {
        row: null,
        column: null,
        code: '另有 3 处问题未列出',
        severity: 'error',
        message: '另有 3 处问题未列出 (and 3 more)',
      },
    ]);
  });

  it('reads the platform list’s 第 N 行 列 列 paths, file problems and warnings with row and column', () => {
    expect(
      issuesOfProblems([
        { path: '第 2 行 类别 列 (row 2, column 类别)', message: '未知类别 (unknown kind)' },
        { path: '文件 (file)', message: '找不到表头 (no header)' },
      ]).map(({ row, column }) => [row, column]),
    ).toEqual([
      [2, '类别'],
      [null, null],
    ]);
    expect(
      issuesOfProblems([{ row: 4, column: '所属集群', message: '集群未识别 (cluster unknown)' }], 'warning'),
    ).toEqual([
      { row: 4, column: '所属集群', code: '集群未识别', severity: 'warning', message: '集群未识别 (cluster unknown)' },
    ]);
    expect(issuesOfProblems(undefined)).toEqual([]);
  });

  it('keeps a message without an English part whole', () => {
    expect(shortText('未知整治方式：拆了 (unknown plan type)')).toBe('未知整治方式：拆了');
    expect(shortText('(only English)')).toBe('(only English)');
  });
});
