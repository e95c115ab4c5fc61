/**
 * 产业链 (/chains): one card per chain — its cluster, its links counted by strength (强/弱/缺), the share of strong
 * links, the open leads of its roadmap — each opening the chain's map. The output basis (annual or 1–N月) is named.
 */
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { count, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { basisText } from './chain-labels.ts';
import type { ChainList, ChainSummary } from './chain-types.ts';
import { StrengthCounts } from './StrengthCounts.tsx';
import './chains.css';

function ChainCard({ chain }: { chain: ChainSummary }) {
  const { t, name } = useLanguage();
  return (
    <section className="card chain-card" aria-label={name(chain.name)}>
      <h2>
        <Link to={`/chains/${chain.id}`}>{name(chain.name)}</Link>
      </h2>
      {chain.cluster && <div className="muted">{chain.cluster.name ? name(chain.cluster.name) : chain.cluster.id}</div>}
      <StrengthCounts counts={chain.counts} />
      <dl className="chain-facts">
        <div>
          {t('环节', 'Links')}: {count(chain.links)} · {t('强环节占比', 'Strong share')}: {percent(chain.strongShare)}
        </div>
        <div>
          {t('在谈线索', 'Open leads')}: {count(chain.openLeads)} · {t('已落地', 'Landed')}: {count(chain.landedLeads)}
        </div>
      </dl>
    </section>
  );
}

export default function ChainsPage(_props: PageProps) {
  const { t, name } = useLanguage();
  const state = useApi<ChainList>('/api/chains');
  return (
    <div className="page chains-page">
      <PageHeader
        title={t('产业链图谱', 'Industry chains')}
        subtitle={state.data ? name(basisText(state.data.year, state.data.basis)) : undefined}
      />
      <ApiView
        state={state}
        isEmpty={(list) => list.chains.length === 0}
        emptyMessage={t('尚未载入产业链', 'No chains loaded')}
      >
        {(list) => (
          <div className="chain-cards">
            {list.chains.map((chain) => (
              <ChainCard key={chain.id} chain={chain} />
            ))}
          </div>
        )}
      </ApiView>
    </div>
  );
}
