/** One page of the audit log: sequence, time, actor, action, target, origin and the details as compact JSON. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { longTime } from './admin-labels.ts';
import type { AuditEntry } from './admin-types.ts';

const detailsText = (details: unknown): string =>
  details === null || details === undefined ? '' : JSON.stringify(details);

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useLanguage();
  const columns: Column<AuditEntry>[] = [
    { key: 'sequence', header: t('序号', 'No.'), value: (e) => e.sequence, align: 'right' },
    { key: 'at', header: t('时间（UTC）', 'Time (UTC)'), value: (e) => longTime(e.at) },
    { key: 'actor', header: t('操作人', 'Actor'), value: (e) => e.actor },
    { key: 'action', header: t('操作', 'Action'), value: (e) => e.action },
    { key: 'target', header: t('对象', 'Target'), value: (e) => e.target },
    { key: 'origin', header: t('来源地址', 'Origin'), value: (e) => e.origin },
    {
      key: 'details',
      header: t('详情', 'Details'),
      value: (e) => detailsText(e.details),
      render: (e) => <code className="audit-details">{detailsText(e.details)}</code>,
    },
    {
      key: 'hash',
      header: t('哈希', 'Hash'),
      value: (e) => e.hash,
      render: (e) => <code title={e.hash}>{e.hash.slice(0, 10)}…</code>,
    },
  ];
  return (
    <DataTable
      rows={entries}
      columns={columns}
      rowKey={(e) => String(e.sequence)}
      caption={t('审计日志（新到旧）', 'Audit log (newest first)')}
      exportName="audit-log-page"
    />
  );
}
