/**
 * 低效整治 (/rectification): the rectification register (高耗低效企业整治, 低效用地) — the monthly 通报 by unit, the
 * year's cases and the candidates, in tabs kept in the address with the year and month (by default the latest
 * year with cases, its December). Roles that may import upload a county's 整治清单 here; the views read again after.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { setQuery, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/States.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { Tabs, useTab } from '../evaluation/Tabs.tsx';
import { BulletinView } from './BulletinView.tsx';
import { CandidatesView } from './CandidatesView.tsx';
import { CasesView } from './CasesView.tsx';
import { RectificationListUpload } from './RectificationListUpload.tsx';
import type { RectificationCase } from './rectification-types.ts';
import './rectification.css';

const now = new Date();
export default function RectificationPage(_props: PageProps) {
  const { t } = useLanguage();
  const { query } = useLocation();
  const all = useApi<RectificationCase[]>('/api/rectification/cases');
  const latest = all.data?.reduce((max, item) => Math.max(max, item.year), 0) || now.getFullYear();
  const year = Number(query.get('year')) || latest;
  const month = Number(query.get('month')) || 12;
  const tabs = [
    { id: 'bulletin', label: t('月度通报', 'Monthly bulletin') },
    { id: 'cases', label: t('整治案件', 'Cases') },
    { id: 'candidates', label: t('整治候选', 'Candidates') },
  ];
  const tab = useTab(tabs);
  const mayImport = useSession().can('register.write');
  /** Bumped after an accepted list so the views read again. */
  const [imports, setImports] = useState(0);
  const years = Array.from({ length: 6 }, (_, k) => Math.max(now.getFullYear(), latest) - k);
  if (query.get('year') === null && all.data === null && all.error === null) return <Loading />;
  return (
    <div className="page rectification-page">
      <PageHeader
        title={t('高耗低效企业整治', 'Rectification of inefficient firms')}
        subtitle={t('摸排 → 认定 → 方案 → 实施 → 验收 → 销号', 'Survey → confirm → plan → implement → accept → close')}
      >
        <label>
          {t('年度', 'Year')}{' '}
          <select value={year} onChange={(event) => setQuery('year', event.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {tab === 'bulletin' && (
          <label>
            {t('月份', 'Month')}{' '}
            <select value={month} onChange={(event) => setQuery('month', event.target.value)}>
              {Array.from({ length: 12 }, (_, k) => k + 1).map((m) => (
                <option key={m} value={m}>
                  {t(`${m}月`, String(m))}
                </option>
              ))}
            </select>
          </label>
        )}
      </PageHeader>
      {mayImport && (
        <RectificationListUpload
          key={year}
          year={year}
          onImported={() => {
            all.reload();
            setImports((n) => n + 1);
          }}
        />
      )}
      <Tabs tabs={tabs} current={tab} />
      {tab === 'bulletin' && <BulletinView key={imports} year={year} month={month} />}
      {tab === 'cases' && <CasesView key={imports} year={year} />}
      {tab === 'candidates' && <CandidatesView key={imports} year={year} />}
    </div>
  );
}
