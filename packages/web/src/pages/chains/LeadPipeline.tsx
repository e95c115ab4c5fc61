/**
 * The roadmap of a chain (招商路线图) as a pipeline: columns 线索 → 接洽 → 考察 → 签约 → 落地 with their counts and
 * lead cards, the dropped leads listed below, and for register.write the form to add a lead.
 */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { AddLeadForm } from './AddLeadForm.tsx';
import { LEAD_STATUS_NAMES, PIPELINE } from './chain-labels.ts';
import type { ChainLead, ChainView, ReportingUnit } from './chain-types.ts';
import { LeadCard } from './LeadCard.tsx';

export function LeadPipeline({
  chain,
  units,
  unitName,
}: {
  chain: ChainView;
  units: readonly ReportingUnit[];
  unitName: (id: string) => string;
}) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const state = useApi<ChainLead[]>(`/api/chains/${chain.id}/leads`);
  const mayChange = can('register.write');
  const linkName = (id: string) => {
    const link = chain.links.find((candidate) => candidate.id === id);
    return link ? name(link.name) : id;
  };
  const changed = () => state.reload();
  return (
    <section className="card" aria-label={t('招商路线图', 'Investment roadmap')}>
      <h2>{t('招商路线图', 'Investment roadmap')}</h2>
      {mayChange && <AddLeadForm chain={chain} units={units} onAdded={changed} />}
      <ApiView state={state}>
        {(leads) => {
          const dropped = leads.filter((lead) => lead.status === 'dropped');
          return (
            <>
              <div className="lead-pipeline">
                {PIPELINE.map((status) => {
                  const inColumn = leads.filter((lead) => lead.status === status);
                  return (
                    <div
                      key={status}
                      className="lead-column"
                      role="region"
                      aria-label={t(`${LEAD_STATUS_NAMES[status].zh}阶段`, `${LEAD_STATUS_NAMES[status].en} stage`)}
                    >
                      <h3>
                        <span>{name(LEAD_STATUS_NAMES[status])}</span>
                        <span className="muted">{count(inColumn.length)}</span>
                      </h3>
                      {inColumn.map((lead) => (
                        <LeadCard
                          key={lead.id}
                          lead={lead}
                          linkName={linkName(lead.linkId)}
                          unitName={unitName(lead.ownerUnitId)}
                          mayChange={mayChange}
                          onChanged={changed}
                        />
                      ))}
                    </div>
                  );
                })}
              </div>
              {leads.length === 0 && (
                <div className="state empty" role="status">
                  {t('尚无招商线索', 'No leads yet')}
                </div>
              )}
              {dropped.length > 0 && (
                <div className="lead-dropped">
                  {name(LEAD_STATUS_NAMES.dropped)} ({count(dropped.length)}):{' '}
                  {dropped.map((lead) => `${lead.companyName}（${lead.history.at(-1)?.reason ?? ''}）`).join('；')}
                </div>
              )}
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
