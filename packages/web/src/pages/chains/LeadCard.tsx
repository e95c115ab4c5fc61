/**
 * One lead in the pipeline: company, link, expected investment, owner and the latest move; for register.write,
 * a button to move it to the next stage and a reason box with a button to drop it. The server's refusal (another
 * unit's lead, a backward move) is shown as it comes.
 */
import { useState } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { LEAD_STATUS_NAMES, nextLeadStatus } from './chain-labels.ts';
import type { ChainLead, LeadStatus } from './chain-types.ts';

export function LeadCard({
  lead,
  linkName,
  unitName,
  mayChange,
  onChanged,
}: {
  lead: ChainLead;
  linkName: string;
  unitName: string;
  mayChange: boolean;
  onChanged: (lead: ChainLead) => void;
}) {
  const { t, name, language } = useLanguage();
  const [reason, setReason] = useState('');
  const command = useApiCommand<ChainLead>();
  const next = nextLeadStatus(lead.status);
  const open = lead.status !== 'landed' && lead.status !== 'dropped';
  const move = async (to: LeadStatus) => {
    const moved = await command.run(() =>
      apiSend<ChainLead>('POST', `/api/chains/leads/${lead.id}/move`, {
        to,
        ...(to === 'dropped' ? { reason } : {}),
      }),
    );
    if (moved) onChanged(moved);
  };
  const last = lead.history.at(-1);
  return (
    <article className="lead-card" aria-label={lead.companyName}>
      <div className="lead-name">{lead.companyName}</div>
      <div className="muted">
        {linkName} · {unitName}
      </div>
      {lead.expectedInvestmentYuan !== null && (
        <div>
          {t('预计投资', 'Expected')} {money(lead.expectedInvestmentYuan, language)}
        </div>
      )}
      {last && (
        <div className="muted">
          {last.by} · {last.at.slice(0, 10)}
          {last.reason ? ` · ${last.reason}` : ''}
        </div>
      )}
      {mayChange && open && (
        <>
          <div className="lead-actions">
            {next && (
              <button type="button" disabled={command.busy} onClick={() => void move(next)}>
                {t(`推进到${LEAD_STATUS_NAMES[next].zh}`, `Move to ${LEAD_STATUS_NAMES[next].en}`)}
              </button>
            )}
          </div>
          <div className="lead-drop">
            <input
              aria-label={t(`放弃原因：${lead.companyName}`, `Reason to drop ${lead.companyName}`)}
              placeholder={t('放弃原因', 'Reason to drop')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button
              type="button"
              className="danger"
              disabled={command.busy || reason.trim() === ''}
              onClick={() => void move('dropped')}
            >
              {name(LEAD_STATUS_NAMES.dropped)}
            </button>
          </div>
        </>
      )}
      {command.error && (
        <div className="state error" role="alert">
          {command.error}
        </div>
      )}
    </article>
  );
}
