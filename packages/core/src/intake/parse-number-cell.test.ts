import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './parse-number-cell.ts';
import type { CellValue } from './sheet-grid.ts';

describe('parseNumberCell', () => {
  it.each<[CellValue, number]>([
    [1234.5, 1234.5],
    [0, 0],
    [-0, 0],
    [-12.3, -12.3],
    ['1234.5', 1234.5],
    ['  1234.5  ', 1234.5],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['-1,234', -1234],
    ['+56', 56],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['－１２', -12],
    ['−12.5', -12.5],
    ['－12', -12],
    ['\u3000８８\u3000', 88],
    ['.5', 0.5],
    ['1.5e3', 1500],
    ['0.00', 0],
    ['-0', 0],
  ])('reads %j as the number %d', (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ kind: 'number', value, percent: false });
  });

  it.each<[CellValue, number]>([
    ['8.3%', 0.083],
    ['８．３％', 0.083],
    ['-2.5 %', -0.025],
    ['100%', 1],
    ['1,200%', 12],
    ['0.57%', 0.0057],
  ])('reads the percent %j as the ratio %d', (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ kind: 'number', value, percent: true });
  });

  it.each<[CellValue, string]>([
    [null, ''],
    ['', ''],
    ['   ', ''],
    ['\u3000', ''],
    ['—', '—'],
    ['——', '——'],
    ['-', '-'],
    ['－', '－'],
    [' − ', '−'],
    ['--', '--'],
    ['…', '…'],
    ['……', '……'],
    ['...', '...'],
    ['/', '/'],
    ['／', '／'],
    ['NA', 'NA'],
    ['n/a', 'n/a'],
    ['N/A', 'N/A'],
    ['Ｎ／Ａ', 'Ｎ／Ａ'],
    ['无', '无'],
  ])('reads %j as missing with marker %j', (cell, marker) => {
    expect(parseNumberCell(cell)).toEqual({ kind: 'missing', marker });
  });

  it.each<[CellValue, string]>([
    ['(123)', '(123)'],
    ['△123', '△123'],
    ['123-', '123-'],
    ['1,23', '1,23'],
    ['1,2345.6', '1,2345.6'],
    ['12,34,567', '12,34,567'],
    ['1 234', '1 234'],
    ['abc', 'abc'],
    ['12万', '12万'],
    ['%', '%'],
    ['--5', '--5'],
    ['1e400', '1e400'],
    ['1e-400', '1e-400'],
    ['Infinity', 'Infinity'],
    ['0x1F', '0x1F'],
    [' 十二 ', '十二'],
    [true, 'true'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('reads %j as invalid text %j', (cell, text) => {
    expect(parseNumberCell(cell)).toEqual({ kind: 'invalid', text });
  });
});
