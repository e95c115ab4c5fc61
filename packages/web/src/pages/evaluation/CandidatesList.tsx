/** 整治对象候选 of a run: class D, or tax per 亩 under the floor for years running (city-wide accounts). */
import { useApi } from '../../api/use-api.ts';
import { navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { ClassBadge } from './evaluation-labels.tsx';
import type { EvaluationCandidates, RectificationCandidate } from './evaluation-types.ts';
import { useUnitName } from './use-unit-names.ts';

export function CandidatesList({ runId }: { runId: number }) {
  const { t, name } = useLanguage();
  const unitName = useUnitName();
  const state = useApi<EvaluationCandidates>(`/api/evaluation/runs/${runId}/candidates`);
  const columns: Column<RectificationCandidate>[] = [
    { key: 'name', header: t('企业名称', 'Enterprise'), value: (row) => row.name },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (row) => row.uscc },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnitId) },
    {
      key: 'class',
      header: t('等级', 'Class'),
      value: (row) => row.classId,
      render: (row) => <ClassBadge value={row.classId} />,
    },
    {
      key: 'reasons',
      header: t('理由', 'Reasons'),
      value: (row) => row.reasons.map((reason) => name(reason.text)).join('；'),
    },
  ];
  return (
    <section className="card" aria-label={t('整治对象候选', 'Rectification candidates')}>
      <h2>{t('整治对象候选', 'Rectification candidates')}</h2>
      <ApiView
        state={state}
        isEmpty={(data) => data.candidates.length === 0}
        emptyMessage={t('没有整治对象候选', 'No candidates')}
      >
        {(data) => (
          <>
            <p className="muted">
              {t(`依据年度：${data.years.join('、')}`, `Years considered: ${data.years.join(', ')}`)}
            </p>
            <DataTable
              rows={data.candidates}
              columns={columns}
              rowKey={(row) => row.uscc}
              exportName={`evaluation-${runId}-candidates`}
              onRowOpen={(row) => navigate(`/evaluation/runs/${runId}/enterprises/${encodeURIComponent(row.uscc)}`)}
            />
          </>
        )}
      </ApiView>
    </section>
  );
}
