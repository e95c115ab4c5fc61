/**
 * Adding a target company for a gap (register.write): the link (gaps first), the company, its USCC if known, the
 * expected investment in 亿元, the owning unit (a county's staff own their unit's leads; the server decides) and a
 * note. The creator is the signed-in account.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe } from '../../session/session-context.tsx';
import { ACTION_NAMES } from './chain-labels.ts';
import type { ChainLead, ChainView, ReportingUnit } from './chain-types.ts';

const YI = 100_000_000;

export function AddLeadForm({
  chain,
  units,
  onAdded,
}: {
  chain: ChainView;
  units: readonly ReportingUnit[];
  onAdded: (lead: ChainLead) => void;
}) {
  const { t, name } = useLanguage();
  const me = useMe();
  const ownUnit = me.scope.kind === 'unit' ? me.scope.reportingUnitId : null;
  const ordered = [...chain.links].sort((a, b) => Number(b.action !== null) - Number(a.action !== null));
  const [linkId, setLinkId] = useState(ordered[0]?.id ?? '');
  const [companyName, setCompanyName] = useState('');
  const [uscc, setUscc] = useState('');
  const [investment, setInvestment] = useState('');
  const [ownerUnit, setOwnerUnit] = useState('');
  // The units arrive after the first render: until one is chosen, the first is meant.
  const chosenUnit = ownerUnit || units[0]?.id || '';
  const [note, setNote] = useState('');
  const command = useApiCommand<ChainLead>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = investment.trim() === '' ? null : Number(investment) * YI;
    const added = await command.run(() =>
      apiSend<ChainLead>('POST', `/api/chains/${chain.id}/leads`, {
        linkId,
        companyName,
        ...(uscc.trim() ? { uscc: uscc.trim().toUpperCase() } : {}),
        expectedInvestmentYuan: amount !== null && Number.isFinite(amount) ? amount : null,
        ...(ownUnit || chosenUnit === '' ? {} : { ownerUnit: chosenUnit }),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (added) {
      setCompanyName('');
      setUscc('');
      setInvestment('');
      setNote('');
      onAdded(added);
    }
  };

  return (
    <form className="lead-form" onSubmit={submit} aria-label={t('新增招商线索', 'Add a lead')}>
      <label>
        {t('环节', 'Link')}
        <select value={linkId} onChange={(event) => setLinkId(event.target.value)}>
          {ordered.map((link) => (
            <option key={link.id} value={link.id}>
              {name(link.name)}
              {link.action ? `（${name(ACTION_NAMES[link.action])}）` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('目标企业', 'Target company')}
        <input required value={companyName} onChange={(event) => setCompanyName(event.target.value)} />
      </label>
      <label>
        {t('统一社会信用代码（选填）', 'USCC (optional)')}
        <input value={uscc} maxLength={18} onChange={(event) => setUscc(event.target.value)} />
      </label>
      <label>
        {t('预计投资（亿元）', 'Expected investment (100m yuan)')}
        <input
          type="number"
          min="0"
          step="0.01"
          value={investment}
          onChange={(event) => setInvestment(event.target.value)}
        />
      </label>
      {!ownUnit && (
        <label>
          {t('负责单位', 'Owning unit')}
          <select value={chosenUnit} onChange={(event) => setOwnerUnit(event.target.value)}>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {name(unit.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('备注', 'Note')}
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={command.busy || companyName.trim() === ''}>
        {t('添加线索', 'Add lead')}
      </button>
      {command.error && (
        <div className="state error" role="alert">
          {command.error}
        </div>
      )}
    </form>
  );
}
