/** The revisions of a batch's source and period: each import or rollback, which batch became current, who, why. */
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { actionLabel } from './import-labels.ts';
import type { ImportRevision } from './import-types.ts';

export function RevisionTable({ revisions, batchId }: { revisions: ImportRevision[]; batchId: number }) {
  const { t, name } = useLanguage();
  const batchLink = (id: number | null) =>
    id === null ? '—' : id === batchId ? `#${id}` : <Link to={`/imports/${id}`}>#{id}</Link>;
  const columns: Column<ImportRevision>[] = [
    { key: 'revision', header: t('版本', 'Revision'), value: (r) => r.revision, align: 'right' },
    { key: 'action', header: t('操作', 'Action'), value: (r) => name(actionLabel(r.action)) },
    { key: 'batch', header: t('批次', 'Batch'), value: (r) => r.batchId, render: (r) => batchLink(r.batchId) },
    {
      key: 'current',
      header: t('现行批次', 'Current batch'),
      value: (r) => r.currentBatchId,
      render: (r) => batchLink(r.currentBatchId),
    },
    { key: 'actor', header: t('操作人', 'By'), value: (r) => r.actor },
    { key: 'at', header: t('时间', 'Time'), value: (r) => r.at.slice(0, 19).replace('T', ' ') },
    { key: 'note', header: t('说明', 'Note'), value: (r) => r.note },
  ];
  return (
    <DataTable
      rows={revisions}
      columns={columns}
      rowKey={(r) => String(r.revision)}
      caption={t('同一来源与期别的版本', 'Revisions of this source and period')}
      filterable={false}
    />
  );
}
