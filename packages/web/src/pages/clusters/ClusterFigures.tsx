/**
 * The cluster's figures for the period under the chosen disclosure audience: 1–N月 value, comparable growth,
 * share of the city, 拉动, contribution, rank and firms. Each figure opens its explanation; a withheld figure
 * shows "x" (its explanation says why).
 */
import { ExplainFigure } from '../../components/ExplainFigure.tsx';
import { cell, count, cumulativePeriod, growth, money, percent, points } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { ClusterStatisticsRow } from './statistics-types.ts';

export function ClusterFigures({
  row,
  system,
  period,
  audience,
  measure,
}: {
  row: ClusterStatisticsRow;
  system: string;
  period: string;
  audience: string;
  measure: string;
}) {
  const { t, language } = useLanguage();
  const query = { system, cluster: row.cluster, measure, period, audience };
  const hide = (value: number | null, format: (value: number | null) => string) => cell(value, row.suppressed, format);
  const figures: { label: string; text: string; sub?: string; tone?: string }[] = [
    {
      label: `${cumulativePeriod(period, language)}${t('产值', ' output')}`,
      text: hide(row.value, (value) => money(value, language)),
      sub: t(
        `上年同期 ${hide(row.base, (value) => money(value, language))}`,
        `Year earlier ${hide(row.base, (value) => money(value, language))}`,
      ),
    },
    {
      label: t('可比增速', 'Comparable growth'),
      text: hide(row.yoy, growth),
      ...(row.derived && !row.suppressed ? { sub: t('含推算的上年同期数', 'partly derived base') } : {}),
      ...(!row.suppressed && row.yoy !== null ? { tone: row.yoy >= 0 ? 'up' : 'down' } : {}),
    },
    { label: t('占全市规上比重', 'Share of city output'), text: hide(row.share, percent) },
    { label: t('拉动全市增长', 'Pull on city growth'), text: hide(row.pull, (value) => points(value, language)) },
    { label: t('贡献率', 'Contribution'), text: hide(row.contribution, percent) },
    {
      label: t('位次', 'Rank'),
      text: hide(row.rank, count),
      sub: t(`规上企业 ${hide(row.enterprises, count)} 家`, `${hide(row.enterprises, count)} firms above scale`),
    },
  ];
  return (
    <div className="kpis" aria-label={t('本期指标', 'Figures of the period')}>
      {figures.map((figure) => (
        <div key={figure.label} className="kpi">
          <div className="label">{figure.label}</div>
          <div className={figure.tone ? `value ${figure.tone}` : 'value'}>
            <ExplainFigure query={query}>{figure.text}</ExplainFigure>
          </div>
          {figure.sub && <div className="sub">{figure.sub}</div>}
        </div>
      ))}
    </div>
  );
}
