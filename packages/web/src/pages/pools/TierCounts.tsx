/** 在库企业数: one figure per tier (entries in force on the date), with how many expire within six months. */
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { TIER_SHORT } from './pool-labels.ts';
import type { PoolSummary } from './pool-types.ts';

export function TierCounts({ summary }: { summary: PoolSummary }) {
  const { t, name } = useLanguage();
  return (
    <div className="kpis pool-kpis" aria-label={t('各层级在库企业数', 'Entries in force by tier')}>
      {summary.tiers.map((row) => (
        <div className="kpi" key={row.tier}>
          <div className="label">{name(TIER_SHORT[row.tier])}</div>
          <div className="value">
            {count(row.total)}
            <small>{t('家', ' firms')}</small>
          </div>
          <div className="muted">
            {row.expiring > 0
              ? t(`${row.expiring} 家半年内到期`, `${row.expiring} expiring within 6 months`)
              : '\u00a0'}
          </div>
        </div>
      ))}
    </div>
  );
}
