/** 预警: the month's warnings, red first, each with its subject and message; a line saying so when none. */
import type { BulletinDocument, WarningSeverity } from '@observatory/core';
import type { BulletinTable, TableRow } from './bulletin-table.ts';
import { textCell } from './table-cells.ts';

export const SEVERITY_LABELS: Record<WarningSeverity, { zh: string; en: string }> = {
  red: { zh: '红色预警', en: 'red' },
  orange: { zh: '橙色预警', en: 'orange' },
  yellow: { zh: '黄色预警', en: 'yellow' },
};

const ORDER: WarningSeverity[] = ['red', 'orange', 'yellow'];

export function buildWarningTable(document: BulletinDocument): BulletinTable {
  const warnings = [...document.warnings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const rows: TableRow[] = warnings.map((warning) => ({
    style: warning.severity,
    cells: [textCell(SEVERITY_LABELS[warning.severity].zh), textCell(warning.subject.zh), textCell(warning.message.zh)],
  }));
  if (rows.length === 0) {
    rows.push({ style: 'normal', cells: [textCell('本月无预警'), textCell(''), textCell('No warnings this month.')] });
  }
  return {
    sheetName: '预警',
    title: { zh: '本月预警提示', en: 'Warnings of the month' },
    columns: [
      { label: { zh: '级别', en: 'Severity' }, width: 11 },
      { label: { zh: '对象', en: 'Subject' }, width: 22 },
      { label: { zh: '预警内容', en: 'Warning' }, width: 70 },
    ],
    rows,
    notes: [],
  };
}
