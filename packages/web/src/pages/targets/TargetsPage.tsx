/**
 * 目标任务 (/targets): every target of the chosen system (五大's 2025 targets) grouped by policy section — measured
 * value against the target with a progress bar, the projection to the deadline, on track or behind, the owner, and a
 * badge saying where the figure comes from (统计, 名录, 人工录入, 暂无数据 with the reason). City-wide register staff
 * record the actuals no register keeps. All targets also as one exportable table.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { setQuery, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SystemPicker, useChosenSystem } from '../../components/SystemPicker.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';
import { ManualActualForm } from './ManualActualForm.tsx';
import { TargetSectionCard } from './TargetSectionCard.tsx';
import type { SystemTargets } from './target-types.ts';
import { targetSections } from './target-view.ts';
import { TargetsTable } from './TargetsTable.tsx';
import './targets.css';

const YEARS = [2021, 2022, 2023, 2024, 2025];

export default function TargetsPage(_props: PageProps) {
  const { t, name, language } = useLanguage();
  const { query } = useLocation();
  const { system } = useChosenSystem();
  const me = useMe();
  const { can } = useSession();
  const asked = query.get('year');
  const state = useApi<SystemTargets>(
    system ? apiPath('/api/targets', { system, year: asked ? Number(asked) : undefined }) : null,
  );
  const mayRecord = can('register.write') && me.scope.kind === 'city';
  const year = state.data?.year ?? (asked ? Number(asked) : null);
  return (
    <div className="page targets-page">
      <PageHeader
        title={t('目标任务', 'Targets')}
        subtitle={
          state.data
            ? `${name(state.data.systemName)} · ${t(`截至 ${state.data.year} 年`, `as of ${state.data.year}`)}`
            : undefined
        }
      >
        <SystemPicker />
        <label>
          {t('年份', 'Year')}{' '}
          <select value={year ?? ''} onChange={(event) => setQuery('year', event.target.value || null)}>
            {year !== null && !YEARS.includes(year) && <option value={year}>{year}</option>}
            {YEARS.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      <ApiView
        state={state}
        isEmpty={(data) => data.targets.length === 0}
        emptyMessage={t('该体系未设定目标', 'No targets')}
      >
        {(data) => (
          <>
            <div className="target-sections">
              {targetSections(data.targets, language).map((section) => (
                <TargetSectionCard key={section.id} section={section} />
              ))}
            </div>
            {mayRecord && system && (
              <ManualActualForm system={system} year={data.year} targets={data.targets} onRecorded={state.reload} />
            )}
            <section className="card">
              <TargetsTable targets={data.targets} />
            </section>
          </>
        )}
      </ApiView>
    </div>
  );
}
