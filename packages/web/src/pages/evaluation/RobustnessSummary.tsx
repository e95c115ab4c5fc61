/**
 * How robust a run's classes are: under perturbed weights and baselines (seeded draws), how many enterprises keep
 * their class at least the threshold share of the time, and the fragile ones (city-wide accounts).
 */
import { useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { ClassBadge } from './evaluation-labels.tsx';
import type { EvaluationResultRow, EvaluationRobustness, RobustnessEnterprise } from './evaluation-types.ts';

export function RobustnessSummary({ runId, results }: { runId: number; results: readonly EvaluationResultRow[] }) {
  const { t } = useLanguage();
  const state = useApi<EvaluationRobustness>(`/api/evaluation/runs/${runId}/robustness`);
  const byUnitId = useMemo(() => new Map(results.map((row) => [row.unitId, row])), [results]);
  const columns: Column<RobustnessEnterprise>[] = [
    { key: 'name', header: t('企业名称', 'Enterprise'), value: (row) => byUnitId.get(row.unitId)?.name ?? row.unitId },
    {
      key: 'class',
      header: t('初评等级', 'Initial class'),
      value: (row) => row.initialClass,
      render: (row) => <ClassBadge value={row.initialClass} />,
    },
    {
      key: 'stay',
      header: t('保持等级的比例', 'Share keeping the class'),
      value: (row) => row.stayShare,
      render: (row) => percent(row.stayShare),
      align: 'right',
    },
    {
      key: 'shares',
      header: t('扰动下的等级分布', 'Classes under perturbation'),
      value: (row) =>
        Object.entries(row.classShares)
          .map(([id, share]) => `${id} ${percent(share)}`)
          .join('，'),
    },
  ];
  return (
    <section className="card" aria-label={t('稳健性', 'Robustness')}>
      <h2>{t('等级稳健性', 'Robustness of the classes')}</h2>
      <ApiView state={state}>
        {(data) => {
          const fragile = data.enterprises.filter((row) => row.fragile);
          return (
            <>
              <p>
                {t(
                  `权重与基准值各随机扰动 ±${percent(data.options.weightSpread)}、±${percent(data.options.baselineSpread)}，共 ${count(data.options.draws)} 次：${count(data.enterprises.length - fragile.length)} 家企业至少 ${percent(data.options.stabilityThreshold)} 的情形保持等级，${count(fragile.length)} 家处于分档边缘。`,
                  `Weights and baselines perturbed by ±${percent(data.options.weightSpread)} and ±${percent(data.options.baselineSpread)}, ${count(data.options.draws)} draws: ${count(data.enterprises.length - fragile.length)} enterprises keep their class in at least ${percent(data.options.stabilityThreshold)} of them, ${count(fragile.length)} are near a cut-off.`,
                )}
              </p>
              {fragile.length > 0 && (
                <DataTable
                  rows={fragile}
                  columns={columns}
                  rowKey={(row) => row.unitId}
                  caption={t('处于分档边缘的企业', 'Enterprises near a cut-off')}
                  exportName={`evaluation-${runId}-fragile`}
                  initialSort={{ key: 'stay', direction: 'asc' }}
                  onRowOpen={(row) => {
                    const result = byUnitId.get(row.unitId);
                    if (result) navigate(`/evaluation/runs/${runId}/enterprises/${encodeURIComponent(result.uscc)}`);
                  }}
                />
              )}
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
