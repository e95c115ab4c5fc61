/**
 * Where a project stands on each milestone (签约 备案 供地 开工 竣工 投产 达产) at an as-of date, planned against
 * actual: reached on time, reached late (with the days), overdue (planned date passed, not reached: days late at
 * the as-of date), not yet due, or not planned. An actual date after the as-of date counts as not yet reached,
 * so a later list read "as at" an earlier month shows what was known then.
 */
import { PROJECT_MILESTONES, type MilestoneDates, type ProjectMilestone } from '../registers/project-milestone.ts';
import { dayNumber } from './day-number.ts';

export type MilestoneState = 'on_time' | 'late' | 'overdue' | 'pending' | 'unplanned';

export interface MilestoneStatus {
  milestone: ProjectMilestone;
  planned: string | null;
  /** The actual date if reached by the as-of date. */
  actual: string | null;
  state: MilestoneState;
  /** Days after the planned date: reached late, or still open at the as-of date; 0 otherwise. */
  daysLate: number;
}

export function milestoneStatus(milestone: ProjectMilestone, dates: MilestoneDates, asOf: string): MilestoneStatus {
  const actual = dates.actual !== null && dates.actual <= asOf ? dates.actual : null;
  const { planned } = dates;
  if (planned === null) return { milestone, planned, actual, state: 'unplanned', daysLate: 0 };
  if (actual !== null) {
    const late = dayNumber(actual) - dayNumber(planned);
    return { milestone, planned, actual, state: late > 0 ? 'late' : 'on_time', daysLate: Math.max(0, late) };
  }
  if (planned >= asOf) return { milestone, planned, actual, state: 'pending', daysLate: 0 };
  return { milestone, planned, actual, state: 'overdue', daysLate: dayNumber(asOf) - dayNumber(planned) };
}

/** Every milestone's status, in order. */
export function milestoneStatuses(
  milestones: Record<ProjectMilestone, MilestoneDates>,
  asOf: string,
): MilestoneStatus[] {
  return PROJECT_MILESTONES.map((milestone) => milestoneStatus(milestone, milestones[milestone], asOf));
}

/** The overdue milestones of a project at the as-of date (planned date passed, no actual date yet). */
export function overdueMilestones(
  milestones: Record<ProjectMilestone, MilestoneDates>,
  asOf: string,
): MilestoneStatus[] {
  return milestoneStatuses(milestones, asOf).filter((status) => status.state === 'overdue');
}
