/**
 * 层级变动: tier transitions between two list years (new, upgrade, downgrade, kept, dropped, expired), counted, and
 * one row per firm and ladder. The years come from the stored lists.
 */
import { POOL_TRANSITION_KINDS, POOL_TRANSITION_NAMES } from '@observatory/core';
import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { TIER_SHORT, TRANSITION_BADGE } from './pool-labels.ts';
import type { PoolTransitions } from './pool-types.ts';

type Row = PoolTransitions['transitions'][number];

export function TransitionsTab({ years }: { years: readonly number[] }) {
  const { t, name } = useLanguage();
  const unitName = useUnitName();
  const last = years.at(-1)!;
  const [from, setFrom] = useState(years.at(-2) ?? last - 1);
  const [to, setTo] = useState(last);
  const valid = from < to;
  const state = useApi<PoolTransitions>(valid ? `/api/pools/transitions?from=${from}&to=${to}` : null);

  const ladderName = (transitions: PoolTransitions, id: string) =>
    name(transitions.ladders.find((ladder) => ladder.id === id)?.name ?? { zh: id, en: id });
  const columnsOf = (transitions: PoolTransitions): Column<Row>[] => [
    { key: 'name', header: t('企业', 'Enterprise'), value: (row) => row.name ?? row.uscc },
    { key: 'unit', header: t('县（市、区）', 'County'), value: (row) => unitName(row.reportingUnit) },
    { key: 'ladder', header: t('梯度', 'Ladder'), value: (row) => ladderName(transitions, row.ladder) },
    {
      key: 'from',
      header: t(`${from}年末`, `End of ${from}`),
      value: (row) => (row.fromTier ? name(TIER_SHORT[row.fromTier]) : null),
    },
    {
      key: 'to',
      header: t(`${to}年末`, `End of ${to}`),
      value: (row) => (row.toTier ? name(TIER_SHORT[row.toTier]) : null),
    },
    {
      key: 'kind',
      header: t('变动', 'Change'),
      value: (row) => name(POOL_TRANSITION_NAMES[row.kind]),
      render: (row) => (
        <span className={`badge ${TRANSITION_BADGE[row.kind]}`}>{name(POOL_TRANSITION_NAMES[row.kind])}</span>
      ),
    },
  ];
  const yearSelect = (label: string, value: number, set: (year: number) => void) => (
    <label>
      {label}
      <select value={value} onChange={(event) => set(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section aria-label={t('层级变动', 'Transitions')}>
      <form className="inline pool-filters" onSubmit={(event) => event.preventDefault()}>
        {yearSelect(t('起始年度', 'From'), from, setFrom)}
        {yearSelect(t('结束年度', 'To'), to, setTo)}
        {!valid && <span className="error-text">{t('起始年度须早于结束年度', 'From must be before to')}</span>}
      </form>
      {valid && (
        <ApiView state={state}>
          {(transitions) => (
            <>
              <div className="kpis pool-kpis transition-kpis">
                {POOL_TRANSITION_KINDS.map((kind) => (
                  <div className="kpi" key={kind}>
                    <div className="label">{name(POOL_TRANSITION_NAMES[kind])}</div>
                    <div className="value">
                      {count(transitions.counts[kind])}
                      <small>{t('家次', '')}</small>
                    </div>
                  </div>
                ))}
              </div>
              {transitions.transitions.length === 0 ? (
                <p className="muted">{t('两个年度之间没有在库企业', 'No entries in either year')}</p>
              ) : (
                <DataTable
                  rows={transitions.transitions}
                  columns={columnsOf(transitions)}
                  rowKey={(row) => `${row.uscc}/${row.ladder}`}
                  caption={t('层级变动', 'Transitions')}
                  exportName={`培育库层级变动_${from}-${to}`}
                />
              )}
            </>
          )}
        </ApiView>
      )}
    </section>
  );
}
