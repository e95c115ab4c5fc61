/**
 * A cluster's firms in the cultivation pools (for the cluster page): the member firms (as the statistics count them)
 * holding an entry in force at the year's end, by tier, with a link to the pools page.
 */
import { POOL_TIERS } from '@observatory/core';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { TIER_SHORT } from './pool-labels.ts';
import type { ClusterPoolCounts } from './pool-types.ts';
import './pools.css';

export function ClusterPoolsPanel({ system, cluster, year }: { system: string; cluster: string; year: number }) {
  const { t, name } = useLanguage();
  const state = useApi<ClusterPoolCounts>(apiPath('/api/pools/clusters', { system, cluster, year }));
  return (
    <section className="card cluster-pools" aria-label={t('培育库企业', 'Pool firms')}>
      <h2>
        {t('培育库企业', 'Firms in the cultivation pools')}{' '}
        <Link to={`/pools?year=${year}`}>{t('详情', 'Details')}</Link>
      </h2>
      <ApiView state={state}>
        {(data) => (
          <>
            <dl className="cluster-pool-counts">
              {POOL_TIERS.map((tier) => (
                <div key={tier}>
                  <dt>{name(TIER_SHORT[tier])}</dt>
                  <dd>{count(data.counts[tier])}</dd>
                </div>
              ))}
            </dl>
            <div className="muted">
              {data.membershipYear === null
                ? t('尚无集群成员数据', 'No cluster membership yet')
                : t(
                    `${data.date} 在库；成员按 ${data.membershipYear} 年（${count(data.members)} 家）`,
                    `In force on ${data.date}; members of ${data.membershipYear} (${count(data.members)} firms)`,
                  )}
            </div>
          </>
        )}
      </ApiView>
    </section>
  );
}

export default ClusterPoolsPanel;
