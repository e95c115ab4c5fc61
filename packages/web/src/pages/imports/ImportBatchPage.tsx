/**
 * One import batch (/imports/:id): its report (status, counts, issues in a grid and a list, the xlsx report), the
 * revisions of its source and period, and the rollback for people with import.rollback.
 */
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { ImportBatchDetail, SourceProfile } from './import-types.ts';
import { RevisionTable } from './RevisionTable.tsx';
import { RollbackForm } from './RollbackForm.tsx';
import './imports.css';

export default function ImportBatchPage({ params }: PageProps) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const id = Number(params.id);
  const state = useApi<ImportBatchDetail>(Number.isInteger(id) && id > 0 ? `/api/imports/${id}` : null);
  const sources = useApi<SourceProfile[]>('/api/sources');
  return (
    <div className="page imports-page">
      <PageHeader
        title={t(`导入批次 #${params.id}`, `Import batch #${params.id}`)}
        subtitle={<Link to="/imports">{t('← 返回导入历史', '← Back to the import history')}</Link>}
      />
      <ApiView state={state}>
        {(batch) => {
          const profile = sources.data?.find((candidate) => candidate.id === batch.source);
          const latest = [...batch.revisions].sort((a, b) => b.revision - a.revision)[0];
          const current = latest?.currentBatchId === batch.id;
          return (
            <>
              <ImportReport
                report={{
                  batchId: batch.id,
                  status: batch.status,
                  source: batch.source,
                  ...(profile ? { sourceName: name(profile.name) } : {}),
                  period: batch.period,
                  fileName: batch.fileName,
                  rows: batch.rows,
                  issues: batch.issues,
                }}
              />
              <section className="card">
                <h2>{t('版本记录', 'Revisions')}</h2>
                {batch.revisions.length === 0 ? (
                  <p className="muted">
                    {t('此批次未入库，没有版本记录。', 'This batch was not stored: no revisions.')}
                  </p>
                ) : (
                  <RevisionTable revisions={batch.revisions} batchId={batch.id} />
                )}
              </section>
              {can('import.rollback') && batch.status === 'committed' && current && (
                <RollbackForm batchId={batch.id} onDone={state.reload} />
              )}
            </>
          );
        }}
      </ApiView>
    </div>
  );
}
