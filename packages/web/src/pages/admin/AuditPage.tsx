/**
 * 审计日志 (/admin/audit, auditor): the log newest first, filtered and paged (50 a page, by sequence), the hash
 * chain check, and the CSV export of the chosen time window (audit.export).
 */
import { useState } from 'react';
import { apiDownload, apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import type { AuditPage as AuditPageData } from './admin-types.ts';
import { AuditFilters, auditQuery, noAuditFilter, type AuditFilterValues } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { ChainCheckPanel } from './ChainCheckPanel.tsx';
import './admin.css';

const pageSize = 50;

export default function AuditPage(_props: PageProps) {
  const { t } = useLanguage();
  const { can } = useSession();
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilter);
  /** The `before` cursor of every page opened so far; the last is the current one (undefined: the newest). */
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const query = auditQuery(filters);
  const state = useApi<AuditPageData>(apiPath('/api/audit', { ...query, before, limit: pageSize }));
  const download = useApiCommand<void>();

  const exportCsv = () =>
    void download.run(() =>
      apiDownload(apiPath('/api/audit/export.csv', { from: query.from, to: query.to }), 'audit-log.csv'),
    );

  return (
    <div className="page admin-page">
      <PageHeader
        title={t('审计日志', 'Audit log')}
        subtitle={t(
          '每条记录以哈希链接上一条，改动或删除都可被发现。',
          'Each entry is chained to the previous by its hash: any change or removal shows.',
        )}
      >
        <ChainCheckPanel />
        {can('audit.export') && (
          <button type="button" disabled={download.busy} onClick={exportCsv}>
            {t('导出 CSV', 'Export CSV')}
          </button>
        )}
      </PageHeader>
      {download.error && (
        <p role="alert" className="error-text">
          {download.error}
        </p>
      )}
      <AuditFilters
        onApply={(next) => {
          setFilters(next);
          setCursors([undefined]);
        }}
      />
      <ApiView
        state={state}
        isEmpty={(page) => page.entries.length === 0}
        emptyMessage={t('没有符合条件的记录', 'No entries match')}
      >
        {(page) => (
          <>
            <AuditTable entries={page.entries} />
            <nav className="pager" aria-label={t('翻页', 'Pages')}>
              <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('← 较新', '← Newer')}
              </button>
              <span className="muted">{t(`第 ${cursors.length} 页`, `Page ${cursors.length}`)}</span>
              <button
                type="button"
                disabled={page.nextBefore === null}
                onClick={() => setCursors([...cursors, page.nextBefore ?? undefined])}
              >
                {t('较早 →', 'Older →')}
              </button>
            </nav>
          </>
        )}
      </ApiView>
    </div>
  );
}
