/** The promotion organisation (集群促进机构) of each top-level cluster of the system: type, contact role, office phone. */
import { useApi } from '../../api/use-api.ts';
import { apiPath } from '../../api/client.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import type { PromotionOrganisation } from './platform-types.ts';

export function PromotionOrganisations({ system }: { system: string }) {
  const { t, name } = useLanguage();
  const state = useApi<PromotionOrganisation[]>(apiPath('/api/platforms/promotion-organisations', { system }));
  return (
    <section className="card" aria-labelledby="promotion-title">
      <h2 id="promotion-title">{t('集群促进机构', 'Cluster promotion organisations')}</h2>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0} emptyMessage={t('该体系没有集群', 'No clusters')}>
        {(rows) => (
          <ul className="promotion-orgs">
            {rows.map((row) => (
              <li key={row.clusterId}>
                <strong>{name(row.clusterName)}</strong>
                {row.organisation ? (
                  <span>
                    {row.organisation.name}（{name(row.organisation.typeName)}）· {t('联系岗位', 'Contact')}：
                    {row.organisation.contactRole}
                    {row.organisation.officePhone ? ` · ${row.organisation.officePhone}` : ''}
                    {row.organisation.foundedDate ? ` · ${t('成立于', 'founded')} ${row.organisation.foundedDate}` : ''}
                  </span>
                ) : (
                  <span className="muted">{t('尚未登记促进机构', 'No organisation recorded')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </ApiView>
    </section>
  );
}
