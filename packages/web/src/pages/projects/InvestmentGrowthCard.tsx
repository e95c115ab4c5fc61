/**
 * Cluster industrial investment growth (GET /api/projects/investment-growth) against the ≥ 15 %/year target: the
 * system's figure, a bar per cluster, and the basis in words.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/EChart.tsx';
import { projectGrowthOption } from '../../charts/options/project-growth.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { growthPercent } from './project-labels.ts';
import type { InvestmentGrowth } from './project-types.ts';

export function InvestmentGrowthCard({ year, month, system }: { year: number; month: number; system: string }) {
  const { t, name, language } = useLanguage();
  const state = useApi<InvestmentGrowth>(apiPath('/api/projects/investment-growth', { system, year, month }));
  return (
    <section className="card" aria-label={t('集群工业投资增长', 'Cluster investment growth')}>
      <h2>{t('集群工业投资增长（目标年均15%以上）', 'Cluster industrial investment growth (target ≥ 15 % a year)')}</h2>
      <ApiView state={state}>
        {(growth) => (
          <>
            <p className="growth-target">
              {t('全部集群', 'All clusters')}: <strong>{growthPercent(growth.total.growth)}</strong>（
              {money(growth.total.currentYuan, language)} / {t('上年同期', 'last year')}{' '}
              {money(growth.total.baseYuan, language)}）
              {growth.total.meetsTarget === null
                ? ''
                : growth.total.meetsTarget
                  ? t(' · 达到目标', ' · meets the target')
                  : t(' · 低于目标', ' · below the target')}
            </p>
            <EChart
              option={projectGrowthOption(growth.clusters, growth.targetPercent, language)}
              height={240}
              ariaLabel={t('各集群工业投资增速', 'Investment growth by cluster')}
            />
            <p className="muted growth-target">{name(growth.basis)}</p>
          </>
        )}
      </ApiView>
    </section>
  );
}
