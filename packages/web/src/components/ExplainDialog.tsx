/**
 * The dialog of ExplainFigure: the figure with its period and scope, the formula, the number of enterprises, the
 * membership rule, the source batches (file, import time, revision) and, when disclosure control withholds it,
 * the reason (the figure then shows as 'x', never a number). A modal box over a backdrop; closes on Escape, the
 * close button or a click on the backdrop, and gives the focus back.
 */
import { useEffect, useRef } from 'react';
import { apiPath } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { count, cumulativePeriod, growth, measureValue, SUPPRESSED_MARK } from '../format/display.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ApiView } from './ApiView.tsx';
import type { ExplainQuery, StatisticExplanation } from './explain-types.ts';

/** ISO time → "2024-11-05 09:30" (local time). */
function importTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function ExplanationBody({ explanation }: { explanation: StatisticExplanation }) {
  const { t, name, language } = useLanguage();
  const { measure } = explanation;
  const value = explanation.suppressed ? SUPPRESSED_MARK : measureValue(measure.code, explanation.value, language);
  const change = explanation.suppressed ? SUPPRESSED_MARK : growth(explanation.growth);
  return (
    <>
      <p className="explain-figure-value">
        <strong>{value}</strong> · {t('可比增速', 'comparable growth')} <strong>{change}</strong>
        {explanation.derived && <span className="muted"> ({t('含推算', 'partly derived')})</span>}
      </p>
      <dl className="explain-list">
        <dt>{t('口径', 'Scope')}</dt>
        <dd>
          {name(explanation.scope)} ·{' '}
          {explanation.period.length > 4 ? cumulativePeriod(explanation.period, language) : explanation.period}
          {' · '}
          {t('企业数', 'enterprises')}{' '}
          {explanation.scope.enterpriseCount === null ? SUPPRESSED_MARK : count(explanation.scope.enterpriseCount)}
        </dd>
        <dt>{t('计算公式', 'Formula')}</dt>
        <dd>{name(explanation.formula)}</dd>
        <dt>{t('归属规则', 'Membership rule')}</dt>
        <dd>
          {name(explanation.membership.rule)}{' '}
          <span className="muted">
            ({explanation.membership.year}
            {t('年目录，', ' catalogue, ')}
            {count(explanation.membership.catalogue.length)}
            {t('条', ' entries')})
          </span>
        </dd>
        {explanation.suppressed && (
          <>
            <dt>{t('披露控制', 'Disclosure control')}</dt>
            <dd>
              {explanation.suppressionReason
                ? name(explanation.suppressionReason)
                : t('该数据对当前口径不公开', 'withheld from this audience')}
            </dd>
          </>
        )}
      </dl>
      <h3>
        {t('数据来源', 'Sources')}
        {explanation.revision !== null && (
          <span className="muted">
            {' '}
            · {t('修订版本', 'revision')} {explanation.revision}
          </span>
        )}
      </h3>
      {explanation.sources.length === 0 ? (
        <p className="muted">{t('无来源批次', 'No source batches')}</p>
      ) : (
        <table className="data explain-sources">
          <thead>
            <tr>
              <th>{t('批次', 'Batch')}</th>
              <th>{t('来源', 'Source')}</th>
              <th>{t('文件', 'File')}</th>
              <th>{t('导入时间', 'Imported')}</th>
              <th>{t('期别', 'Period')}</th>
              <th>{t('修订', 'Revision')}</th>
            </tr>
          </thead>
          <tbody>
            {explanation.sources.map((source) => (
              <tr key={`${source.batchId}-${source.period}`}>
                <td className="right">#{source.batchId}</td>
                <td>{source.source}</td>
                <td>{source.fileName}</td>
                <td>{importTime(source.importedAt)}</td>
                <td>{source.period}</td>
                <td className="right">{source.revision}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function ExplainDialog({ query, onClose }: { query: ExplainQuery; onClose: () => void }) {
  const { t, name } = useLanguage();
  const closeButton = useRef<HTMLButtonElement>(null);
  const state = useApi<StatisticExplanation>(
    apiPath('/api/statistics/explain', {
      system: query.system,
      cluster: query.cluster,
      unit: query.unit,
      measure: query.measure,
      period: query.period,
      audience: query.audience,
    }),
  );
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onClose]);
  return (
    <div className="explain-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div className="explain-dialog" role="dialog" aria-modal="true" aria-labelledby="explain-dialog-title">
        <div className="explain-dialog-head">
          <h2 id="explain-dialog-title">
            {t('数字来历', 'How this figure is computed')}
            {state.data && ` · ${name(state.data.measure.name)}`}
          </h2>
          <button ref={closeButton} type="button" onClick={onClose} aria-label={t('关闭', 'Close')}>
            ×
          </button>
        </div>
        <ApiView state={state}>{(explanation) => <ExplanationBody explanation={explanation} />}</ApiView>
      </div>
    </div>
  );
}
