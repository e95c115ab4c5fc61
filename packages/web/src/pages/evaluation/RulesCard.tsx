/** Bonus, penalty and veto items applied to one result, with their evidence (document numbers, dates). */
import { decimal } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { AppliedRule, ResultExplanation } from './explanation-types.ts';

function evidenceText(rule: AppliedRule): string {
  return rule.evidence.map((fact) => [fact.tag, fact.id, fact.date].filter(Boolean).join(' ')).join('；');
}

export function RulesCard({ explanation }: { explanation: ResultExplanation }) {
  const { t } = useLanguage();
  const rules = [...explanation.bonuses, ...explanation.penalties, ...(explanation.veto ? [explanation.veto] : [])];
  return (
    <section className="card" aria-label={t('加分、扣分与否决', 'Bonus, penalty and veto')}>
      <h2>{t('加分、扣分与否决', 'Bonus, penalty and veto')}</h2>
      {rules.length === 0 ? (
        <p className="muted">{t('未适用任何加分、扣分或否决项。', 'No bonus, penalty or veto applied.')}</p>
      ) : (
        <ul className="rule-list">
          {rules.map((rule) => (
            <li key={`${rule.kind}-${rule.ruleId}`}>
              {rule.kind === 'bonus'
                ? t('加分', 'Bonus')
                : rule.kind === 'penalty'
                  ? t('扣分', 'Penalty')
                  : t('否决', 'Veto')}{' '}
              <code>{rule.ruleId}</code>
              {rule.forceClass ? ` → ${rule.forceClass}` : ` ${rule.points >= 0 ? '+' : ''}${decimal(rule.points, 1)}`}
              {rule.evidence.length > 0 && <span className="muted">（{evidenceText(rule)}）</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
