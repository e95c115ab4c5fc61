/**
 * 企业培育库 (/pools): the entries in force at the end of a list year counted by tier, the 2025 targets against what
 * the pools measure, and three tabs — 在库企业 (entries with validity badges and reviews), 候选筛选 (candidates with
 * the condition-by-condition result) and 层级变动 (transitions between list years). The year is kept in the address.
 */
import { setQuery, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { Tabs, useTab } from '../evaluation/Tabs.tsx';
import { CandidatesTab } from './CandidatesTab.tsx';
import { EntriesTab } from './EntriesTab.tsx';
import { PoolTargetsCard } from './PoolTargetsCard.tsx';
import type { PoolSummary } from './pool-types.ts';
import { TierCounts } from './TierCounts.tsx';
import { TransitionsTab } from './TransitionsTab.tsx';
import './pools.css';

export default function PoolsPage(_props: PageProps) {
  const { t } = useLanguage();
  const { query } = useLocation();
  const asked = Number(query.get('year')) || null;
  const state = useApi<PoolSummary>(asked ? `/api/pools/summary?date=${asked}-12-31` : '/api/pools/summary');
  const tabs = [
    { id: 'entries', label: t('在库企业', 'Entries') },
    { id: 'candidates', label: t('候选筛选', 'Candidates') },
    { id: 'transitions', label: t('层级变动', 'Transitions') },
  ];
  const tab = useTab(tabs);
  const year = asked ?? (state.data ? Number(state.data.date.slice(0, 4)) : null);

  return (
    <div className="page pools-page">
      <PageHeader
        title={t('企业培育库', 'Enterprise cultivation pools')}
        subtitle={state.data ? t(`截至 ${state.data.date}`, `As of ${state.data.date}`) : undefined}
      >
        {state.data && state.data.listYears.length > 0 && (
          <label>
            {t('名单年度', 'List year')}{' '}
            <select value={year ?? ''} onChange={(event) => setQuery('year', event.target.value)}>
              {state.data.listYears.map((listYear) => (
                <option key={listYear} value={listYear}>
                  {listYear}
                </option>
              ))}
            </select>
          </label>
        )}
      </PageHeader>
      <ApiView
        state={state}
        isEmpty={(summary) => summary.listYears.length === 0}
        emptyMessage={t('尚未导入企业培育库名单', 'No cultivation-pool list imported')}
      >
        {(summary) => (
          <>
            <div className="pool-top">
              <TierCounts summary={summary} />
              <PoolTargetsCard year={Number(summary.date.slice(0, 4))} />
            </div>
            <Tabs tabs={tabs} current={tab} />
            {tab === 'entries' && <EntriesTab date={summary.date} />}
            {tab === 'candidates' && <CandidatesTab year={Number(summary.date.slice(0, 4))} />}
            {tab === 'transitions' && <TransitionsTab years={summary.listYears} />}
          </>
        )}
      </ApiView>
    </div>
  );
}
