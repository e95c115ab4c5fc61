/** A project's milestones in order, planned against actual as at the month: on time, late, overdue, not yet due. */
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { MILESTONE_NAMES, STATE_NAMES } from './project-labels.ts';
import type { MilestoneStatus } from './project-types.ts';

export function MilestoneTimeline({ milestones }: { milestones: readonly MilestoneStatus[] }) {
  const { t, name } = useLanguage();
  return (
    <ol className="milestone-timeline" aria-label={t('项目节点', 'Milestones')}>
      {milestones.map((status) => (
        <li key={status.milestone} className={status.state}>
          <div className="milestone-name">{name(MILESTONE_NAMES[status.milestone])}</div>
          <div>
            {t('计划', 'Planned')}: {status.planned ?? '—'}
          </div>
          <div>
            {t('实际', 'Actual')}: {status.actual ?? '—'}
          </div>
          <div className={status.state === 'overdue' ? 'up' : 'muted'}>
            {name(STATE_NAMES[status.state])}
            {status.daysLate > 0 ? t(` ${count(status.daysLate)} 天`, ` ${count(status.daysLate)} days`) : ''}
          </div>
        </li>
      ))}
    </ol>
  );
}
