/**
 * A bulletin table as HTML: numbered caption, a one- or two-row bilingual header (group cells span their
 * columns, the others span both rows), right-aligned figures as the bureau writes them, marks for withheld
 * and missing cells, and the table's footnotes under it. The header repeats on every printed page.
 */
import { columnHeader, type BulletinTable, type TableCell } from './bulletin-table.ts';
import { tableFootnotes } from './bulletin-footnotes.ts';
import { bilingualHtml, escapeHtml } from './html-text.ts';

function headerCell(table: BulletinTable, index: number): string {
  const column = table.columns[index];
  if (column === undefined) return '';
  return bilingualHtml({ zh: columnHeader(column, 'zh'), en: columnHeader(column, 'en') }, '<br>');
}

function headerHtml(table: BulletinTable): string {
  if (!table.columns.some((column) => column.group !== undefined)) {
    return `<tr>${table.columns.map((_, index) => `<th>${headerCell(table, index)}</th>`).join('')}</tr>`;
  }
  const top: string[] = [];
  const bottom: string[] = [];
  table.columns.forEach((column, index) => {
    if (column.group === undefined) {
      top.push(`<th rowspan="2">${headerCell(table, index)}</th>`);
      return;
    }
    bottom.push(`<th>${headerCell(table, index)}</th>`);
    if (table.columns[index - 1]?.group?.zh === column.group.zh) return;
    let span = 1;
    while (table.columns[index + span]?.group?.zh === column.group.zh) span += 1;
    top.push(`<th colspan="${span}">${bilingualHtml(column.group, '<br>')}</th>`);
  });
  return `<tr>${top.join('')}</tr><tr>${bottom.join('')}</tr>`;
}

function cellHtml(cell: TableCell): string {
  if (cell.kind === 'number') {
    const flag = cell.flag === undefined ? '' : `<sup>${escapeHtml(cell.flag)}</sup>`;
    return `<td class="num">${escapeHtml(cell.text)}${flag}</td>`;
  }
  if (cell.kind === 'mark') return `<td class="num mark">${escapeHtml(cell.mark)}</td>`;
  const indent = cell.indent ? ` style="padding-left:${0.4 + 1.2 * cell.indent}em"` : '';
  return `<td${indent}>${escapeHtml(cell.text)}</td>`;
}

/** Tables up to this many rows are kept on one page, so a header never stands alone at a page's foot. */
const SHORT_TABLE_ROWS = 20;

/** Column widths in proportion to the spreadsheet's. */
function colgroupHtml(table: BulletinTable): string {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const cols = table.columns.map((column) => `<col style="width:${((100 * column.width) / total).toFixed(1)}%">`);
  return `<colgroup>${cols.join('')}</colgroup>`;
}

/** The table with its caption 表N and notes. */
export function tableHtml(table: BulletinTable, number: number): string {
  const rows = table.rows.map((row) => `<tr class="${row.style}">${row.cells.map(cellHtml).join('')}</tr>`).join('\n');
  const notes = tableFootnotes(table)
    .map((note) => `<p class="table-note">${bilingualHtml(note)}</p>`)
    .join('');
  return [
    `<table${table.rows.length <= SHORT_TABLE_ROWS ? ' class="short"' : ''}>`,
    `<caption>表${number}　${bilingualHtml(table.title)}</caption>`,
    colgroupHtml(table),
    `<thead>${headerHtml(table)}</thead>`,
    `<tbody>${rows}</tbody>`,
    `</table>${notes}`,
  ].join('\n');
}
