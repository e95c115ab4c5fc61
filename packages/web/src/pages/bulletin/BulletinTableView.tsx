/**
 * One numbered bulletin table on screen: a caption "表n 标题", a two-row header where columns share a group (the
 * measure and its unit over 1-N月 and 上年同期), units in the header (增长（%）), numbers right-aligned with their
 * "*" flags, marks centred, the total row bold, warning rows tinted, and the table's footnotes under it.
 */
import { useLanguage } from '../../i18n/language.tsx';
import type { ScreenColumn, ScreenTable } from './bulletin-tables.ts';

function header(column: ScreenColumn, language: 'zh' | 'en'): string {
  const text = column.label[language] || column.label.zh;
  if (!column.unit) return text;
  return language === 'zh' ? `${text}（${column.unit.zh}）` : `${text} (${column.unit.en})`;
}

/** Header cells of the first row: a grouped run becomes one cell spanning it; others span both rows. */
function headerRows(columns: ScreenColumn[]) {
  const top: { column: ScreenColumn; span: number; group: boolean }[] = [];
  for (const column of columns) {
    const last = top[top.length - 1];
    if (column.group && last?.group && last.column.group?.zh === column.group.zh) last.span += 1;
    else top.push({ column, span: 1, group: column.group !== undefined });
  }
  return { top, grouped: columns.filter((column) => column.group !== undefined) };
}

export function BulletinTableView({ table, number }: { table: ScreenTable; number: number }) {
  const { t, name, language } = useLanguage();
  const { top, grouped } = headerRows(table.columns);
  const twoRows = grouped.length > 0;
  return (
    <figure className="bulletin-table">
      <div className="table-scroll">
        <table className="data bulletin">
          <caption>
            {t(`表${number}　`, `Table ${number}. `)}
            {name(table.title)}
          </caption>
          <thead>
            <tr>
              {top.map((cell, index) =>
                cell.group ? (
                  <th key={index} scope="colgroup" colSpan={cell.span} className="center">
                    {name(cell.column.group)}
                  </th>
                ) : (
                  <th
                    key={index}
                    scope="col"
                    rowSpan={twoRows ? 2 : 1}
                    className={cell.column.numeric ? 'right' : 'left'}
                  >
                    {header(cell.column, language)}
                  </th>
                ),
              )}
            </tr>
            {twoRows && (
              <tr>
                {grouped.map((column, index) => (
                  <th key={index} scope="col" className="right">
                    {header(column, language)}
                  </th>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="center muted">
                  {t('无', 'None')}
                </td>
              </tr>
            ) : (
              table.rows.map((row) => (
                <tr key={row.key} className={`row-${row.style}`}>
                  {row.cells.map((cell, index) =>
                    cell.kind === 'text' ? (
                      <td
                        key={index}
                        className="left"
                        style={cell.indent ? { paddingLeft: 8 + cell.indent * 16 } : undefined}
                      >
                        {cell.name ? name(cell.name) : cell.text}
                      </td>
                    ) : cell.kind === 'number' ? (
                      <td key={index} className="right">
                        {cell.text}
                        {cell.flag && <sup>{cell.flag}</sup>}
                      </td>
                    ) : (
                      <td
                        key={index}
                        className={cell.suppressed ? 'right mark withheld' : 'right mark'}
                        title={cell.suppressed ? t('不予公布', 'withheld') : t('无数据', 'no data')}
                      >
                        {cell.text}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {table.notes.length > 0 && (
        <figcaption className="bulletin-notes">
          {table.notes.map((note) => (
            <p key={note.zh}>{name(note)}</p>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
