/**
 * 2025 目标对照: the system's pool targets (单项冠军, 小巨人, 新增隐形冠军, 新增上市公司) with the value measured at the
 * chosen year's end, a progress bar and what was counted; a target without data says why.
 */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { PoolTargetRow } from './pool-types.ts';

export function PoolTargetsCard({ year }: { year: number }) {
  const { t, name } = useLanguage();
  const state = useApi<PoolTargetRow[]>(`/api/pools/targets?system=wuda&year=${year}`);
  return (
    <section className="card pool-targets" aria-label={t('2025年目标对照', '2025 targets')}>
      <h2>{t(`2025年目标对照（截至${year}年末）`, `2025 targets (as of the end of ${year})`)}</h2>
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('没有培育库目标', 'No pool targets')}
      >
        {(rows) => (
          <ul className="pool-target-list">
            {rows.map((row) => {
              const share = row.value === null ? 0 : Math.min(1, row.value / row.target);
              return (
                <li key={row.id}>
                  <div className="pool-target-head">
                    <span>{name(row.name)}</span>
                    <strong>
                      {row.value === null ? '—' : count(row.value)} / {count(row.target)}
                      {row.unit}
                    </strong>
                  </div>
                  <div className={`progress${share < 1 ? ' late' : ''}`} aria-hidden="true">
                    <span style={{ width: `${share * 100}%` }} />
                  </div>
                  <div className="muted">{row.value === null ? name(row.unavailable) : name(row.basis)}</div>
                </li>
              );
            })}
          </ul>
        )}
      </ApiView>
    </section>
  );
}
