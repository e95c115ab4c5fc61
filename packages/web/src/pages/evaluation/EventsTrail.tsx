/** The run's event trail: every workflow step with who, when and its details (city-wide accounts). */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { dateTime } from './evaluation-labels.tsx';
import type { EvaluationEvent } from './evaluation-types.ts';
import { useUnitName } from './use-unit-names.ts';

const ACTIONS: Record<string, [string, string]> = {
  run_created: ['发起评价', 'Run started'],
  run_submitted: ['提交审核', 'Submitted'],
  run_published: ['审核发布', 'Published'],
  regrade_requested: ['申请调档', 'Re-grade requested'],
  result_regraded: ['调档生效', 'Re-graded'],
  regrade_rejected: ['驳回调档', 'Re-grade rejected'],
  appeal_filed: ['提出申诉', 'Appeal filed'],
  appeal_accepted: ['申诉受理', 'Appeal accepted'],
  appeal_rejected: ['申诉驳回', 'Appeal rejected'],
  appeal_acceptance_requested: ['申诉改档待批准', 'Appeal class change requested'],
  appeal_acceptance_rejected: ['申诉改档被驳回', 'Appeal class change rejected'],
  facts_recorded: ['登记佐证事实', 'Facts recorded'],
  fact_retracted: ['撤回佐证事实', 'Fact retracted'],
};

const DETAIL_LABELS: Record<string, [string, string]> = {
  year: ['年度', 'year'],
  digest: ['摘要', 'digest'],
  inputDigest: ['输入摘要', 'input digest'],
  issues: ['输入提示', 'input notes'],
  enterprises: ['企业数', 'enterprises'],
  schemeVersion: ['方案版本', 'scheme version'],
  reason: ['理由', 'reason'],
  unitId: ['评价单元', 'evaluated unit'],
  fromClass: ['原等级', 'from'],
  toClass: ['调整为', 'to'],
  initialClass: ['初评等级', 'initial class'],
  newClass: ['新等级', 'new class'],
  approvalId: ['审批编号', 'approval no.'],
  appealId: ['申诉编号', 'appeal no.'],
  appealDays: ['申诉期（天）', 'appeal days'],
  appealDeadline: ['申诉截止', 'appeals until'],
  submittedBy: ['提交人', 'submitted by'],
  requestedBy: ['申请人', 'requested by'],
  approvedBy: ['批准人', 'approved by'],
  rejectedBy: ['驳回人', 'rejected by'],
  decidedBy: ['处理人', 'decided by'],
  decision: ['决定', 'decision'],
  note: ['备注', 'note'],
};

/** The details as short `label: value` text (digests cut to 12 characters, dates as dates, empty lists left out). */
function detailText(details: Record<string, unknown>, language: 'zh' | 'en'): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => {
      const label = DETAIL_LABELS[key]?.[language === 'zh' ? 0 : 1] ?? key;
      let text = typeof value === 'string' ? value : JSON.stringify(value);
      if (/digest/i.test(key) && typeof value === 'string') text = value.slice(0, 12);
      else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) text = dateTime(value);
      return `${label}：${text}`;
    })
    .join('；');
}

export function EventsTrail({ runId }: { runId: number }) {
  const { t, language } = useLanguage();
  const unitName = useUnitName();
  const state = useApi<EvaluationEvent[]>(`/api/evaluation/runs/${runId}/events`);
  const columns: Column<EvaluationEvent>[] = [
    { key: 'at', header: t('时间', 'When'), value: (event) => dateTime(event.at) },
    {
      key: 'action',
      header: t('操作', 'Action'),
      value: (event) => (ACTIONS[event.action] ? ACTIONS[event.action]![language === 'zh' ? 0 : 1] : event.action),
    },
    { key: 'actor', header: t('操作人', 'Who'), value: (event) => event.actor },
    {
      key: 'unit',
      header: t('县（市、区）', 'Unit'),
      value: (event) => (event.reportingUnit ? unitName(event.reportingUnit) : null),
    },
    { key: 'details', header: t('详情', 'Details'), value: (event) => detailText(event.details, language) },
  ];
  return (
    <section className="card" aria-label={t('过程记录', 'Event trail')}>
      <h2>{t('过程记录', 'Event trail')}</h2>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0}>
        {(events) => (
          <DataTable
            rows={events}
            columns={columns}
            rowKey={(event) => String(event.id)}
            exportName={`evaluation-${runId}-events`}
          />
        )}
      </ApiView>
    </section>
  );
}
