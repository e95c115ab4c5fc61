/**
 * 候选筛选: the year's enterprises screened against a tier's criteria — the counts (screened, already in the tier,
 * without figures, eligible, missing a figure) and each candidate with every condition's result and value (✓ passed,
 * ✗ failed, ? needs a manual check or a figure). The criteria's source is named.
 */
import { POOL_TIERS, type PoolTier } from '@observatory/core';
import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { metricValue, OUTCOME_MARK, TIER_SHORT } from './pool-labels.ts';
import type { PoolScreening } from './pool-types.ts';

type Candidate = PoolScreening['candidates'][number];

export function CandidatesTab({ year }: { year: number }) {
  const { t, name, language } = useLanguage();
  const unitName = useUnitName();
  const [tier, setTier] = useState<PoolTier>('specialised');
  const state = useApi<PoolScreening>(`/api/pools/candidates?tier=${tier}&year=${year}`);

  const columnsOf = (screening: PoolScreening): Column<Candidate>[] => [
    { key: 'name', header: t('企业', 'Enterprise'), value: (row) => row.name ?? row.uscc },
    { key: 'unit', header: t('县（市、区）', 'County'), value: (row) => unitName(row.reportingUnit) },
    {
      key: 'outcome',
      header: t('结果', 'Result'),
      value: (row) => (row.outcome === 'eligible' ? t('符合', 'Eligible') : t('缺数据', 'Missing data')),
      render: (row) => (
        <span className={`badge ${row.outcome === 'eligible' ? 'blue' : 'yellow'}`}>
          {row.outcome === 'eligible' ? t('符合', 'Eligible') : t('缺数据', 'Missing data')}
        </span>
      ),
    },
    {
      key: 'revenue',
      header: t('营业收入', 'Revenue'),
      value: (row) => row.revenueYuan,
      render: (row) => money(row.revenueYuan, language),
      align: 'right',
    },
    ...(screening.candidates[0]?.conditions ?? []).map((condition, index): Column<Candidate> => ({
      key: `c-${condition.id}`,
      header: name(condition.text),
      value: (row) => row.conditions[index]?.value ?? null,
      exportValue: (row) => {
        const c = row.conditions[index];
        return c ? `${OUTCOME_MARK[c.outcome]} ${metricValue(c.metric, c.value, language)}` : null;
      },
      render: (row) => {
        const c = row.conditions[index];
        if (!c) return null;
        return (
          <span className={`pool-condition ${c.outcome}`} title={name(c.text)}>
            {OUTCOME_MARK[c.outcome]}{' '}
            {c.reason === 'manual'
              ? t('需人工核实', 'manual check')
              : c.check === 'in_pool'
                ? c.outcome === 'pass'
                  ? t('已入库', 'held')
                  : t('未入库', 'not held')
                : metricValue(c.metric, c.value, language)}
          </span>
        );
      },
    })),
  ];

  return (
    <section aria-label={t('候选筛选', 'Candidates')}>
      <form className="inline pool-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('培育层级', 'Tier')}
          <select value={tier} onChange={(event) => setTier(event.target.value as PoolTier)}>
            {POOL_TIERS.map((id) => (
              <option key={id} value={id}>
                {name(TIER_SHORT[id])}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t(`按${year}年数据筛选`, `Screened on ${year} figures`)}</span>
      </form>
      <ApiView state={state}>
        {(screening) =>
          !screening.screenable ? (
            <p className="muted">
              {t(
                '该层级的认定条件均需人工核实，无法用数据筛选。',
                'Every condition of this tier needs a manual check: the data cannot screen it.',
              )}
            </p>
          ) : (
            <>
              <p className="muted pool-screening-facts">
                {t(
                  `共筛查 ${count(screening.firmsScreened)} 家：已在库 ${count(screening.alreadyInTier)} 家，无相关数据 ${count(screening.withoutFigures)} 家；符合 ${count(screening.eligible)} 家，缺数据 ${count(screening.missingData)} 家。条件依据：${screening.source}`,
                  `${count(screening.firmsScreened)} screened: ${count(screening.alreadyInTier)} already in the tier, ${count(screening.withoutFigures)} without figures; ${count(screening.eligible)} eligible, ${count(screening.missingData)} missing a figure. Criteria: ${screening.source}`,
                )}
              </p>
              {screening.candidates.length === 0 ? (
                <p className="muted">{t('没有符合条件的候选企业', 'No candidates')}</p>
              ) : (
                <DataTable
                  rows={screening.candidates}
                  columns={columnsOf(screening)}
                  rowKey={(row) => row.uscc}
                  caption={t('候选企业', 'Candidates')}
                  exportName={`培育库候选_${tier}_${year}`}
                />
              )}
            </>
          )
        }
      </ApiView>
    </section>
  );
}
