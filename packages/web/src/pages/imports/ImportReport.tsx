/**
 * The validation report of an upload or a stored batch: status, counts by severity, the grid of rows with issues
 * (bad cells highlighted, with the file's values when the browser has read the file) and every issue.
 */
import { Link } from '../../app/router.tsx';
import { buildIssueGrid } from '../../components/sheet-issues/issue-grid.ts';
import { IssueGridView } from '../../components/sheet-issues/IssueGridView.tsx';
import { cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { IssueTable } from './IssueTable.tsx';
import { periodKey, statusLabel, statusTone } from './import-labels.ts';
import type { ImportIssue, ImportPeriod, RowCounts } from './import-types.ts';
import { ReportDownload } from './ReportDownload.tsx';
import { SeverityCounts } from './SeverityCounts.tsx';

export interface ReportFacts {
  batchId: number | null;
  status: string;
  source: string | null;
  sourceName?: string;
  period: ImportPeriod | null;
  fileName?: string;
  rows: RowCounts;
  issues: ImportIssue[];
}

export function ImportReport({
  report,
  cells = null,
  linkToBatch = false,
}: {
  report: ReportFacts;
  cells?: string[][] | null;
  linkToBatch?: boolean;
}) {
  const { t, name, language } = useLanguage();
  const grid = buildIssueGrid(report.issues, cells);
  const stored = report.status === 'committed' || report.status === 'duplicate';
  return (
    <section className="card import-report" aria-label={t('校验报告', 'Validation report')}>
      <h2>
        {t('校验报告', 'Validation report')}{' '}
        <span className={`badge ${statusTone(report.status)}`}>{name(statusLabel(report.status))}</span>
      </h2>
      <p className="muted">
        {report.fileName && <>{report.fileName} · </>}
        {report.sourceName ?? report.source ?? t('未识别来源', 'source not recognised')} ·{' '}
        {report.period ? cumulativePeriod(periodKey(report.period), language) : t('期别未定', 'period unknown')}
        {report.batchId !== null && (
          <>
            {' · '}
            {linkToBatch ? (
              <Link to={`/imports/${report.batchId}`}>{t(`批次 #${report.batchId}`, `Batch #${report.batchId}`)}</Link>
            ) : (
              t(`批次 #${report.batchId}`, `Batch #${report.batchId}`)
            )}
          </>
        )}
      </p>
      <p role="status" className={stored ? 'ok-text' : report.status === 'rejected' ? 'error-text' : undefined}>
        {report.status === 'rejected'
          ? t('文件有错误，整批拒收，未写入任何数据。', 'The file has errors: refused as a whole, nothing was stored.')
          : report.status === 'dry_run'
            ? t('试导入：校验通过，未写入数据。', 'Dry run: the checks passed, nothing was stored.')
            : report.status === 'duplicate'
              ? t('同一文件已导入过，数据未变化。', 'This file was imported before: nothing changed.')
              : t('已入库。', 'Stored.')}
      </p>
      <SeverityCounts rows={report.rows} issues={report.issues} />
      {report.batchId !== null && report.issues.length > 0 && <ReportDownload batchId={report.batchId} />}
      {grid.fileIssues.length > 0 && (
        <ul className="file-issues">
          {grid.fileIssues.map((issue) => (
            <li
              key={`${issue.code}|${issue.message}`}
              className={issue.severity === 'error' ? 'error-text' : undefined}
            >
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <IssueGridView grid={grid} />
      {report.issues.length > 0 && (
        <IssueTable issues={report.issues} exportName={`import-issues-${report.batchId ?? 'upload'}`} />
      )}
    </section>
  );
}
