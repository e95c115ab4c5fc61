/**
 * 产业链图谱 (/chains/:chain): the chain drawn as a graph (upstream → midstream → downstream, strong green / weak
 * amber / missing red), its gaps with the action each calls for (建链 / 补链 / 强链 / 延链), the member firms of a
 * link (when the caller may see enterprises; click a node or a link name), and the roadmap's leads pipeline.
 */
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { basisText } from './chain-labels.ts';
import type { ChainView, ReportingUnit } from './chain-types.ts';
import { ChainGraph } from './ChainGraph.tsx';
import { GapTable } from './GapTable.tsx';
import { LeadPipeline } from './LeadPipeline.tsx';
import { LinkMembers } from './LinkMembers.tsx';
import { StrengthCounts } from './StrengthCounts.tsx';
import './chains.css';

export default function ChainPage({ params }: PageProps) {
  const { t, name } = useLanguage();
  const chainId = params.chain ?? '';
  const state = useApi<ChainView>(`/api/chains/${encodeURIComponent(chainId)}`);
  const units = useApi<ReportingUnit[]>('/api/reporting-units');
  const [openLink, setOpenLink] = useState<string | null>(null);
  const unitName = useMemo(() => {
    const byId = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
    return (id: string) => (byId.has(id) ? name(byId.get(id)) : id);
  }, [units.data, name]);

  return (
    <div className="page chain-page">
      <ApiView state={state}>
        {(chain) => {
          const link = chain.links.find((candidate) => candidate.id === openLink) ?? null;
          return (
            <>
              <PageHeader
                title={name(chain.name)}
                subtitle={
                  <>
                    {chain.cluster?.name ? `${name(chain.cluster.name)} · ` : ''}
                    {name(basisText(chain.year, chain.basis))} · {t('强环节占比', 'Strong share')}{' '}
                    {percent(chain.strongShare)}
                  </>
                }
              >
                <Link to="/chains">{t('全部产业链', 'All chains')}</Link>
              </PageHeader>
              <StrengthCounts counts={chain.counts} />
              <ChainGraph chain={chain} onOpenLink={setOpenLink} />
              {chain.membersShown && (
                <div className="chain-link-picker" role="group" aria-label={t('查看环节企业', 'Firms of a link')}>
                  <span className="muted">{t('查看环节企业：', 'Firms of a link:')}</span>
                  {chain.links
                    .filter((candidate) => candidate.firms > 0)
                    .map((candidate) => (
                      <button
                        key={candidate.id}
                        type="button"
                        className="link"
                        aria-pressed={candidate.id === openLink}
                        onClick={() => setOpenLink(candidate.id)}
                      >
                        {name(candidate.name)}
                      </button>
                    ))}
                </div>
              )}
              {link && chain.membersShown && (
                <LinkMembers link={link} unitName={unitName} onDismiss={() => setOpenLink(null)} />
              )}
              <GapTable chain={chain} />
              <LeadPipeline chain={chain} units={units.data ?? []} unitName={unitName} />
              <p className="muted">
                {t('来源', 'Source')}: {chain.source} · {t(`第 ${chain.version} 版`, `version ${chain.version}`)}
              </p>
            </>
          );
        }}
      </ApiView>
    </div>
  );
}
