/** The rows with issues as a small sheet: the bad cells highlighted (td.bad) with their messages on hover. */
import { useLanguage } from '../../i18n/language.tsx';
import type { IssueGrid } from './issue-grid.ts';
import './issue-grid.css';

export function IssueGridView({ grid }: { grid: IssueGrid }) {
  const { t } = useLanguage();
  if (grid.rows.length === 0) return null;
  return (
    <div className="table-scroll issue-grid">
      <table className="data">
        <caption>{t('问题行一览（红色为问题单元格）', 'Rows with issues (bad cells in red)')}</caption>
        <thead>
          <tr>
            <th scope="col" className="right">
              {t('行', 'Row')}
            </th>
            {grid.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">{t('整行问题', 'Whole-row issues')}</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.row}>
              <th scope="row" className="right">
                {row.row}
              </th>
              {grid.columns.map((column) => {
                const cell = row.cells[column]!;
                const bad = cell.issues.length > 0;
                return (
                  <td
                    key={column}
                    className={bad ? 'bad' : undefined}
                    title={bad ? cell.issues.map((issue) => issue.message).join('\n') : undefined}
                    data-column={column}
                  >
                    {cell.value === null ? (bad ? cell.issues.map((issue) => issue.code).join(', ') : '') : cell.value}
                    {cell.value === '' && bad && <span className="muted">{t('（空）', '(empty)')}</span>}
                  </td>
                );
              })}
              <td className={row.rowIssues.length > 0 ? 'bad' : undefined}>
                {row.rowIssues.map((issue) => issue.code).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
