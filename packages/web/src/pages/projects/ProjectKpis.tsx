/** The headline figures of the projects summary: count, planned and completed investment, 完成率, 开工率, overdue, 技改. */
import { count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { ratePercent } from './project-labels.ts';
import type { SummaryRow } from './project-types.ts';

export function ProjectKpis({ total }: { total: SummaryRow }) {
  const { t, language } = useLanguage();
  const items = [
    [t('项目数', 'Projects'), count(total.projects)],
    [t('年度计划投资', 'Planned this year'), money(total.plannedAnnualYuan, language)],
    [t('本年完成投资', 'Completed this year'), money(total.yearCompletedYuan, language)],
    [t('年度完成率', 'Completion rate'), ratePercent(total.annualCompletionRate)],
    [
      t('开工率', 'Start rate'),
      `${ratePercent(total.startRate)}（${count(total.startedProjects)}/${count(total.dueProjects)}）`,
    ],
    [t('逾期项目', 'Overdue projects'), count(total.overdueProjects)],
    [
      t('技改项目（个 · 本年完成）', 'Renovation (projects · this year)'),
      `${count(total.renovationProjects)} · ${money(total.renovationYearCompletedYuan, language)}`,
    ],
  ] as const;
  return (
    <div className="kpis">
      {items.map(([label, value]) => (
        <div className="kpi" key={label}>
          <div className="label">{label}</div>
          <div className="value">{value}</div>
        </div>
      ))}
    </div>
  );
}
