/**
 * The next allowed moves of a case as a form (for register.write): the next status, and the fields the step needs —
 * a plan type before 方案, 亩 and 吨标煤 freed (with 亩均税收 before and after, 万元/亩) before 验收/销号, a note for
 * 不予认定 — plus an optional deadline, note and evidence. The server's refusal is shown as it comes.
 */
import { useState } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { PLAN_NAMES, STATUS_NAMES } from './rectification-labels.ts';
import type { CaseStatus, PlanType, RectificationCase } from './rectification-types.ts';

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function MoveCaseForm({
  item,
  onMoved,
}: {
  item: RectificationCase;
  onMoved: (item: RectificationCase) => void;
}) {
  const { t, name } = useLanguage();
  const command = useApiCommand<RectificationCase>();
  const [to, setTo] = useState<CaseStatus>(item.nextStatuses[0]!);
  const [plan, setPlan] = useState<PlanType | ''>(item.planType ?? '');
  const [deadline, setDeadline] = useState('');
  const [land, setLand] = useState(item.landFreedMu === null ? '' : String(item.landFreedMu));
  const [energy, setEnergy] = useState(item.energyFreedTce === null ? '' : String(item.energyFreedTce));
  const [taxBefore, setTaxBefore] = useState('');
  const [taxAfter, setTaxAfter] = useState('');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const outcomes = to === 'accepted' || to === 'closed';
  const submit = async () => {
    const wan = (text: string) => {
      const value = numberOrUndefined(text);
      return value === undefined ? undefined : value * 10_000;
    };
    const moved = await command.run(() =>
      apiSend<RectificationCase>('POST', `/api/rectification/cases/${item.id}/move`, {
        to,
        ...(plan ? { planType: plan } : {}),
        ...(deadline ? { deadline } : {}),
        ...(outcomes
          ? {
              landFreedMu: numberOrUndefined(land),
              energyFreedTce: numberOrUndefined(energy),
              taxPerMuBeforeYuan: wan(taxBefore),
              taxPerMuAfterYuan: wan(taxAfter),
            }
          : {}),
        ...(note.trim() ? { note } : {}),
        ...(evidence.trim() ? { evidence } : {}),
      }),
    );
    if (moved) {
      onMoved(moved);
      setTo(moved.nextStatuses[0] ?? to);
      setNote('');
      setEvidence('');
    }
  };
  return (
    <form
      className="card rectification-move"
      aria-label={t('推进整治案件', 'Move the case')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor="move-to">{t('下一步', 'Next step')}</label>
      <select id="move-to" value={to} onChange={(event) => setTo(event.target.value as CaseStatus)}>
        {item.nextStatuses.map((status) => (
          <option key={status} value={status}>
            {name(STATUS_NAMES[status])}
          </option>
        ))}
      </select>
      {to === 'planned' && (
        <>
          <label htmlFor="move-plan">{t('整治方式', 'Plan type')}</label>
          <select id="move-plan" value={plan} onChange={(event) => setPlan(event.target.value as PlanType | '')}>
            <option value="">{t('请选择', 'Choose')}</option>
            {(Object.keys(PLAN_NAMES) as PlanType[]).map((id) => (
              <option key={id} value={id}>
                {name(PLAN_NAMES[id])}
              </option>
            ))}
          </select>
        </>
      )}
      {outcomes && (
        <>
          <label htmlFor="move-land">{t('腾出用地（亩）', 'Land freed (亩)')}</label>
          <input id="move-land" inputMode="decimal" value={land} onChange={(event) => setLand(event.target.value)} />
          <label htmlFor="move-energy">{t('腾出用能（吨标煤）', 'Energy freed (tce)')}</label>
          <input
            id="move-energy"
            inputMode="decimal"
            value={energy}
            onChange={(event) => setEnergy(event.target.value)}
          />
          <label htmlFor="move-before">{t('整治前亩均税收（万元/亩）', 'Tax per 亩 before (万元)')}</label>
          <input
            id="move-before"
            inputMode="decimal"
            value={taxBefore}
            onChange={(event) => setTaxBefore(event.target.value)}
          />
          <label htmlFor="move-after">{t('整治后亩均税收（万元/亩）', 'Tax per 亩 after (万元)')}</label>
          <input
            id="move-after"
            inputMode="decimal"
            value={taxAfter}
            onChange={(event) => setTaxAfter(event.target.value)}
          />
        </>
      )}
      <label htmlFor="move-deadline">{t('完成期限', 'Deadline')}</label>
      <input id="move-deadline" type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
      <label htmlFor="move-note">{t('说明', 'Note')}</label>
      <input id="move-note" value={note} onChange={(event) => setNote(event.target.value)} />
      <label htmlFor="move-evidence">{t('佐证材料', 'Evidence')}</label>
      <input id="move-evidence" value={evidence} onChange={(event) => setEvidence(event.target.value)} />
      <span />
      <button type="submit" disabled={command.busy}>
        {t(`推进到${STATUS_NAMES[to].zh}`, `Move to ${STATUS_NAMES[to].en}`)}
      </button>
      {command.error && (
        <div className="state error" role="alert">
          {command.error}
        </div>
      )}
    </form>
  );
}
