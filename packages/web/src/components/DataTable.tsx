/**
 * A keyboard-usable table: sortable headers are buttons (aria-sort says the order), a filter box searches every
 * shown column, and the filtered, sorted rows export to xlsx (the spreadsheet code loads only when asked).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { saveBlob } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Empty } from './States.tsx';
import { exportCells, filterRows, nextSort, sortRows, type Column, type SortState } from './table-model.ts';

export type { Column } from './table-model.ts';

export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  caption,
  exportName,
  initialSort = null,
  filterable = true,
  onRowOpen,
  toolbar,
  pageSize = 200,
}: {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  caption?: string;
  /** File name without extension; no export button without it. */
  exportName?: string;
  initialSort?: SortState | null;
  filterable?: boolean;
  /** Enter or click on a row opens it. */
  onRowOpen?: (row: Row) => void;
  toolbar?: ReactNode;
  pageSize?: number;
}) {
  const { t } = useLanguage();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [shown, setShown] = useState(pageSize);
  const visible = useMemo(
    () => sortRows(filterRows(rows, columns, filter), columns, sort),
    [rows, columns, filter, sort],
  );

  const exportXlsx = async () => {
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.utils.aoa_to_sheet(exportCells(visible, columns));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, (caption ?? 'data').slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    saveBlob(
      new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      `${exportName}.xlsx`,
    );
  };

  return (
    <div className="table-block">
      {(filterable || exportName || toolbar) && (
        <div className="table-tools">
          {filterable && (
            <input
              type="search"
              className="filter"
              placeholder={t('筛选…', 'Filter…')}
              aria-label={t('筛选表格', 'Filter the table')}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          )}
          <span className="muted" aria-live="polite">
            {t(`${visible.length} 行`, `${visible.length} rows`)}
          </span>
          {toolbar}
          {exportName && (
            <button type="button" onClick={() => void exportXlsx()}>
              {t('导出 xlsx', 'Export xlsx')}
            </button>
          )}
        </div>
      )}
      {visible.length === 0 ? (
        <Empty message={filter ? t('没有符合筛选条件的行', 'No rows match the filter') : undefined} />
      ) : (
        <div className="table-scroll">
          <table className="data">
            {caption && <caption>{caption}</caption>}
            <thead>
              <tr>
                {columns.map((column) => {
                  const sorted = sort?.key === column.key ? sort.direction : null;
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.align ?? 'left'}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {column.sortable === false ? (
                        column.header
                      ) : (
                        <button type="button" className="sort" onClick={() => setSort(nextSort(sort, column.key))}>
                          {column.header}
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        </button>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((row) => (
                <tr
                  key={rowKey(row)}
                  tabIndex={onRowOpen ? 0 : undefined}
                  className={onRowOpen ? 'openable' : undefined}
                  onClick={onRowOpen ? () => onRowOpen(row) : undefined}
                  onKeyDown={
                    onRowOpen
                      ? (event) => {
                          if (event.key === 'Enter') onRowOpen(row);
                        }
                      : undefined
                  }
                >
                  {columns.map((column) => (
                    <td key={column.key} className={column.align ?? 'left'}>
                      {column.render ? column.render(row) : (column.value(row) ?? '—')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          {t(
            `再显示 ${Math.min(pageSize, visible.length - shown)} 行`,
            `Show ${Math.min(pageSize, visible.length - shown)} more`,
          )}
        </button>
      )}
    </div>
  );
}
