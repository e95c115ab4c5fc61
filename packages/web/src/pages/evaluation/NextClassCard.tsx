/**
 * What would move the enterprise up: the total the next better class needs, the gap, and indicator by indicator
 * the value that alone would close it, with the extra amounts (e.g. tax in 元) from the explanation.
 */
import { money, decimal } from '../../format/display.ts';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import { ClassBadge } from './evaluation-labels.tsx';
import type { IndicatorExplanation, NextClassRequirement } from './explanation-types.ts';
import { indicatorValue } from './IndicatorTable.tsx';

const QUANTITIES: Record<string, [string, string]> = {
  evaluation_tax: ['评价税收', 'evaluation tax'],
  value_added_year: ['工业增加值', 'value added'],
  rd_expenditure: ['研发经费', 'R&D expenditure'],
  main_business_revenue: ['主营业务收入', 'main business revenue'],
  operating_revenue: ['营业收入', 'operating revenue'],
};

export function NextClassCard({
  next,
  indicators,
  note,
}: {
  next: NextClassRequirement | null;
  indicators: readonly IndicatorExplanation[];
  /** The explanation's own word when there is no next class (already the best, unrated…). */
  note: Bilingual | null;
}) {
  const { t, name, language } = useLanguage();
  if (!next)
    return (
      <section className="card" aria-label={t('提升路径', 'Moving up')}>
        <h2>{t('提升路径', 'Moving up')}</h2>
        <p className="muted">
          {note
            ? name(note)
            : t(
                '已是最高等级，或该结果不参与分档。',
                'Already in the best class, or the result takes no part in the classes.',
              )}
        </p>
      </section>
    );
  const indicatorName = (id: string) => {
    const indicator = indicators.find((candidate) => candidate.indicatorId === id);
    return indicator ? name(indicator.name) : id;
  };
  return (
    <section className="card" aria-label={t('提升路径', 'Moving up')}>
      <h2>
        {t('升入', 'To reach')} <ClassBadge value={next.classId} /> {name(next.className)}
      </h2>
      <p>
        {t(
          `总分需${next.strictlyAbove ? '高于' : '达到'} ${decimal(next.requiredTotal)}，还差 ${decimal(next.gap)} 分。任一指标单独达到下列值即可：`,
          `The total must ${next.strictlyAbove ? 'exceed' : 'reach'} ${decimal(next.requiredTotal)}, ${decimal(next.gap)} points more. Any one indicator alone at:`,
        )}
      </p>
      <ul className="next-steps">
        {next.steps.map((step) => {
          const unitLabel = indicators.find((candidate) => candidate.indicatorId === step.indicatorId)?.unitLabel ?? '';
          return (
            <li key={step.indicatorId}>
              {indicatorName(step.indicatorId)}
              {t('：', ': ')}
              {step.feasible && step.requiredValue !== null
                ? `${indicatorValue(step.currentValue, unitLabel)} → ${indicatorValue(step.requiredValue, unitLabel)}`
                : t('单独提高该指标不足以升档（封顶）', 'not enough alone (capped)')}
            </li>
          );
        })}
      </ul>
      {next.quantities.length > 0 && (
        <>
          <p>{t('折合需增加：', 'In amounts:')}</p>
          <ul className="next-steps">
            {next.quantities.map((quantity) => (
              <li key={quantity.quantity}>
                {QUANTITIES[quantity.quantity]?.[language === 'zh' ? 0 : 1] ?? quantity.quantity}
                {t('：', ': ')}
                {quantity.increase === null
                  ? t('无法单独达到', 'not reachable alone')
                  : t(
                      `+${money(quantity.increase, language)}（现为 ${money(quantity.current, language)}）`,
                      `+${money(quantity.increase, language)} (now ${money(quantity.current, language)})`,
                    )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
