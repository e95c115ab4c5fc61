/** The indicators of one result: value, baseline or range, weight, score (of its maximum) and how a gap was scored. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { decimal, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { IndicatorExplanation } from './explanation-types.ts';

/** An indicator value in its unit; a ratio of like quantities (R&D share) as a percentage. */
export function indicatorValue(value: number | null, unitLabel: string): string {
  if (value === null) return '—';
  if (unitLabel === '') return percent(value);
  return `${decimal(value, Math.abs(value) < 1 ? 4 : 2)} ${unitLabel}`;
}

const MISSING: Record<string, [string, string]> = {
  missing_numerator: ['分子缺失', 'numerator missing'],
  missing_denominator: ['分母缺失', 'denominator missing'],
  zero_denominator: ['分母为零', 'zero denominator'],
  negative_denominator: ['分母为负', 'negative denominator'],
  no_baseline: ['无基准值', 'no baseline'],
};

const MISSING_POLICY: Record<string, [string, string]> = {
  zero: ['缺失计 0 分', 'missing scores 0'],
  group_mean_score: ['缺失按组内平均得分计', 'missing scores the group mean'],
  exclude: ['缺失不计，权重分摊给其他指标', 'missing: weight spread over the others'],
  penalty: ['缺失扣分', 'missing costs points'],
  unrated: ['缺失则不定等级', 'missing makes the result unrated'],
};

export function IndicatorTable({ indicators }: { indicators: readonly IndicatorExplanation[] }) {
  const { t, name, language } = useLanguage();
  const columns: Column<IndicatorExplanation>[] = [
    { key: 'name', header: t('指标', 'Indicator'), value: (row) => name(row.name) },
    {
      key: 'value',
      header: t('指标值', 'Value'),
      value: (row) => row.value,
      render: (row) => indicatorValue(row.value, row.unitLabel),
      align: 'right',
    },
    {
      key: 'baseline',
      header: t('基准值', 'Baseline'),
      value: (row) => row.baseline,
      render: (row) =>
        row.range
          ? `${indicatorValue(row.range.min, row.unitLabel)} – ${indicatorValue(row.range.max, row.unitLabel)}`
          : indicatorValue(row.baseline, row.unitLabel),
      align: 'right',
    },
    {
      key: 'weight',
      header: t('权重', 'Weight'),
      value: (row) => row.effectiveWeight,
      render: (row) =>
        row.effectiveWeight === row.weight
          ? decimal(row.weight, 0)
          : `${decimal(row.effectiveWeight, 1)}（${t('原', 'was')} ${decimal(row.weight, 0)}）`,
      align: 'right',
    },
    {
      key: 'score',
      header: t('得分', 'Points'),
      value: (row) => row.score,
      render: (row) => `${decimal(row.score)}${row.maxScore !== null ? ` / ${decimal(row.maxScore, 0)}` : ''}`,
      align: 'right',
    },
    {
      key: 'note',
      header: t('说明', 'Note'),
      sortable: false,
      value: (row) =>
        [
          row.missingCause ? (MISSING[row.missingCause]?.[language === 'zh' ? 0 : 1] ?? row.missingCause) : null,
          row.missingPolicy
            ? (MISSING_POLICY[row.missingPolicy]?.[language === 'zh' ? 0 : 1] ?? row.missingPolicy)
            : null,
          row.capped ? t('已封顶', 'capped') : null,
          row.floored ? t('已保底', 'floored') : null,
        ]
          .filter(Boolean)
          .join('；') || null,
    },
  ];
  return (
    <DataTable
      rows={indicators}
      columns={columns}
      rowKey={(row) => row.indicatorId}
      filterable={false}
      caption={t('指标得分', 'Indicator scores')}
      exportName="indicators"
    />
  );
}
