/**
 * One rectification case (/rectification/:id): the firm, origin and its reasons, land and energy, plan, status with
 * the overdue mark, outcomes, the trail (who moved it when, with notes and evidence) and, for register.write, the
 * next allowed moves. Another unit's case answers 403, shown as the server's message.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { decimal, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { StatusBadge } from './CasesView.tsx';
import { MoveCaseForm } from './MoveCaseForm.tsx';
import { ORIGIN_NAMES, PLAN_NAMES, STATUS_NAMES } from './rectification-labels.ts';
import type { RectificationCase } from './rectification-types.ts';
import './rectification.css';

function CaseDetails({ item }: { item: RectificationCase }) {
  const { t, name, language } = useLanguage();
  const unitName = useUnitName();
  const reasons = item.originRules.flatMap((rule) => (rule.text ? [name(rule.text)] : []));
  const perMu = (yuan: number | null) => (yuan === null ? '—' : `${money(yuan, language)}/${t('亩', 'mu')}`);
  return (
    <section className="card">
      <dl>
        <dt>{t('统一社会信用代码', 'USCC')}</dt>
        <dd>{item.uscc}</dd>
        <dt>{t('县（市、区）', 'Unit')}</dt>
        <dd>{unitName(item.reportingUnitId)}</dd>
        <dt>{t('年度', 'Year')}</dt>
        <dd>{item.year}</dd>
        <dt>{t('来源', 'Origin')}</dt>
        <dd>
          {name(ORIGIN_NAMES[item.origin])}
          {reasons.length > 0 && `：${[...new Set(reasons)].join('；')}`}
        </dd>
        <dt>{t('用地（亩）', 'Land (亩)')}</dt>
        <dd>
          {decimal(item.landMu)} {item.parcelRefs.join('、')}
        </dd>
        <dt>{t('综合能耗（吨标煤）', 'Energy (tce)')}</dt>
        <dd>{decimal(item.energyTce, 0)}</dd>
        <dt>{t('整治方式', 'Plan')}</dt>
        <dd>{item.planType ? name(PLAN_NAMES[item.planType]) : '—'}</dd>
        <dt>{t('状态', 'Status')}</dt>
        <dd>
          <StatusBadge item={item} />
        </dd>
        <dt>{t('完成期限', 'Deadline')}</dt>
        <dd>{item.deadline ?? '—'}</dd>
        <dt>{t('腾出用地／用能', 'Land / energy freed')}</dt>
        <dd>
          {decimal(item.landFreedMu)} {t('亩', 'mu')} · {decimal(item.energyFreedTce, 0)} {t('吨标煤', 'tce')}
        </dd>
        <dt>{t('亩均税收（整治前 → 后）', 'Tax per 亩 (before → after)')}</dt>
        <dd>
          {perMu(item.taxPerMuBeforeYuan)} → {perMu(item.taxPerMuAfterYuan)}
        </dd>
        {item.note && (
          <>
            <dt>{t('备注', 'Note')}</dt>
            <dd>{item.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Trail({ item }: { item: RectificationCase }) {
  const { t, name } = useLanguage();
  return (
    <section className="card" aria-label={t('处置记录', 'Trail')}>
      <h2>{t('处置记录', 'Trail')}</h2>
      <ol className="rectification-trail">
        {(item.history ?? []).map((step, index) => (
          <li key={index}>
            <strong>
              {step.from ? `${name(STATUS_NAMES[step.from])} → ` : ''}
              {name(STATUS_NAMES[step.to])}
            </strong>{' '}
            <span className="muted">
              {step.by} · {step.at.slice(0, 10)}
            </span>
            {step.note && <div>{step.note}</div>}
            {step.evidence && (
              <div className="muted">
                {t('佐证', 'Evidence')}：{step.evidence}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function RectificationCasePage({ params }: PageProps) {
  const { t } = useLanguage();
  const mayWrite = useSession().can('register.write');
  const state = useApi<RectificationCase>(`/api/rectification/cases/${encodeURIComponent(params.id ?? '')}`);
  const [current, setCurrent] = useState<RectificationCase | null>(null);
  useEffect(() => setCurrent(state.data), [state.data]);
  return (
    <div className="page rectification-case">
      <PageHeader
        title={current ? (current.enterpriseName ?? current.uscc) : t('整治案件', 'Rectification case')}
        subtitle={<Link to="/rectification?tab=cases">{t('返回案件列表', 'Back to the cases')}</Link>}
      />
      <ApiView state={state}>
        {(loaded) => {
          const item = current ?? loaded;
          return (
            <>
              <CaseDetails item={item} />
              {mayWrite && item.nextStatuses.length > 0 && (
                <MoveCaseForm key={item.status} item={item} onMoved={setCurrent} />
              )}
              <Trail item={item} />
            </>
          );
        }}
      </ApiView>
    </div>
  );
}
