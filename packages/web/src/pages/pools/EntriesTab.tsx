/**
 * 在库企业: the entries on the date with their validity badge (有效 / 即将到期 / 已过期 / 已撤销), days left, level,
 * document and latest review; a tier filter, ended entries on request, and a review action for register.write.
 * The server scopes the firms (a county's staff see their own unit's).
 */
import { ENTRY_VALIDITY_NAMES, POOL_TIERS } from '@observatory/core';
import { useState } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { LEVEL_NAMES, TIER_SHORT, VALIDITY_BADGE } from './pool-labels.ts';
import type { PoolEntryRow } from './pool-types.ts';
import { ReviewForm } from './ReviewForm.tsx';

/** A listing (上市) does not expire: the lists write a far date such as 2099-12-31. */
const isLongTerm = (row: PoolEntryRow) => row.validUntil >= '2090-01-01';

export function EntriesTab({ date }: { date: string }) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const unitName = useUnitName();
  const [tier, setTier] = useState('');
  const [includeEnded, setIncludeEnded] = useState(false);
  const [reviewing, setReviewing] = useState<PoolEntryRow | null>(null);
  const state = useApi<PoolEntryRow[]>(
    apiPath('/api/pools/entries', { date, tier: tier || null, includeEnded: includeEnded ? 'true' : null }),
  );
  const mayReview = can('register.write');

  const columns: Column<PoolEntryRow>[] = [
    { key: 'name', header: t('企业', 'Enterprise'), value: (row) => row.name ?? row.uscc },
    { key: 'unit', header: t('县（市、区）', 'County'), value: (row) => unitName(row.reportingUnit) },
    { key: 'tier', header: t('层级', 'Tier'), value: (row) => name(TIER_SHORT[row.tier]) },
    { key: 'level', header: t('级别', 'Level'), value: (row) => (row.level ? name(LEVEL_NAMES[row.level]) : null) },
    { key: 'entry', header: t('入库日期', 'Entered'), value: (row) => row.entryDate },
    {
      key: 'until',
      header: t('有效期至', 'Valid until'),
      value: (row) => row.validUntil,
      render: (row) => (isLongTerm(row) ? t('长期', 'No expiry') : row.validUntil),
    },
    {
      key: 'validity',
      header: t('状态', 'Status'),
      value: (row) => name(ENTRY_VALIDITY_NAMES[row.validity]),
      render: (row) => (
        <span className={`badge ${VALIDITY_BADGE[row.validity]}`}>{name(ENTRY_VALIDITY_NAMES[row.validity])}</span>
      ),
    },
    {
      key: 'days',
      header: t('剩余天数', 'Days left'),
      value: (row) => (row.daysLeft >= 0 && !isLongTerm(row) ? row.daysLeft : null),
      render: (row) => (row.daysLeft >= 0 && !isLongTerm(row) ? count(row.daysLeft) : '—'),
      align: 'right',
    },
    {
      key: 'review',
      header: t('最近复核', 'Latest review'),
      value: (row) =>
        row.lastReview
          ? `${row.lastReview.reviewedOn} ${row.lastReview.outcome === 'kept' ? t('保留', 'kept') : t('撤销', 'withdrawn')}`
          : null,
    },
    { key: 'document', header: t('认定文件', 'Document'), value: (row) => row.document },
    ...(mayReview
      ? [
          {
            key: 'action',
            header: t('操作', 'Action'),
            value: () => null,
            sortable: false,
            render: (row: PoolEntryRow) =>
              row.validity === 'withdrawn' ? null : (
                <button type="button" onClick={() => setReviewing(row)}>
                  {t('复核', 'Review')}
                </button>
              ),
          } satisfies Column<PoolEntryRow>,
        ]
      : []),
  ];

  return (
    <section aria-label={t('在库企业', 'Entries')}>
      <form className="inline pool-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('层级', 'Tier')}
          <select value={tier} onChange={(event) => setTier(event.target.value)}>
            <option value="">{t('全部', 'All')}</option>
            {POOL_TIERS.map((id) => (
              <option key={id} value={id}>
                {name(TIER_SHORT[id])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={includeEnded} onChange={(event) => setIncludeEnded(event.target.checked)} />
          {t('含已过期、已撤销', 'Include expired and withdrawn')}
        </label>
      </form>
      {reviewing && (
        <ReviewForm
          entry={reviewing}
          asOf={date}
          onCancel={() => setReviewing(null)}
          onDone={() => {
            setReviewing(null);
            state.reload();
          }}
        />
      )}
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('该日没有在库企业', 'No entries on this date')}
      >
        {(rows) => (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(row) => `${row.uscc}/${row.tier}/${row.entryDate}`}
            caption={t('在库企业', 'Entries')}
            exportName={`培育库在库企业_${date}`}
          />
        )}
      </ApiView>
    </section>
  );
}
