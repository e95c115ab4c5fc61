/** The import history (GET /api/imports, newest first): each batch with its status and counts; a row opens it. */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { periodKey, statusLabel, statusTone } from './import-labels.ts';
import type { ImportBatch, SourceProfile } from './import-types.ts';

export function ImportHistory({ sources }: { sources: SourceProfile[] }) {
  const { t, name, language } = useLanguage();
  const state = useApi<ImportBatch[]>(apiPath('/api/imports', { limit: 200 }));
  const sourceName = (id: string) => {
    const profile = sources.find((candidate) => candidate.id === id);
    return profile ? name(profile.name) : id;
  };
  const columns: Column<ImportBatch>[] = [
    { key: 'id', header: t('批次', 'Batch'), value: (batch) => batch.id, align: 'right' },
    { key: 'createdAt', header: t('时间', 'Time'), value: (batch) => batch.createdAt.slice(0, 19).replace('T', ' ') },
    { key: 'source', header: t('来源', 'Source'), value: (batch) => sourceName(batch.source) },
    {
      key: 'period',
      header: t('期别', 'Period'),
      value: (batch) => periodKey(batch.period),
      render: (batch) => (batch.period ? cumulativePeriod(periodKey(batch.period), language) : '—'),
    },
    { key: 'fileName', header: t('文件', 'File'), value: (batch) => batch.fileName },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (batch) => name(statusLabel(batch.status)),
      render: (batch) => <span className={`badge ${statusTone(batch.status)}`}>{name(statusLabel(batch.status))}</span>,
    },
    {
      key: 'rows',
      header: t('行数', 'Rows'),
      value: (batch) => batch.rows.total,
      render: (batch) => count(batch.rows.total),
      align: 'right',
    },
    { key: 'errors', header: t('错误', 'Errors'), value: (batch) => batch.errors, align: 'right' },
    { key: 'warnings', header: t('提示', 'Warnings'), value: (batch) => batch.warnings, align: 'right' },
    { key: 'createdBy', header: t('导入人', 'By'), value: (batch) => batch.createdBy },
  ];
  return (
    <section className="card">
      <h2>{t('导入历史', 'Import history')}</h2>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0} emptyMessage={t('尚无导入', 'No imports yet')}>
        {(rows) => (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(batch) => String(batch.id)}
            caption={t('导入批次', 'Import batches')}
            exportName="import-history"
            onRowOpen={(batch) => navigate(`/imports/${batch.id}`)}
          />
        )}
      </ApiView>
    </section>
  );
}
