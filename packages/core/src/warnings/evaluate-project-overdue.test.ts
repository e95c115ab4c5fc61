/** project_overdue on every milestone: the most-late open milestone sets the severity, one finding per project. */
import { describe, expect, it } from 'vitest';
import { PROJECT_MILESTONES, type MilestoneDates, type ProjectMilestone } from '../registers/project-milestone.ts';
import { evaluateProjectOverdue } from './evaluate-project-overdue.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const rule = ruleOf('project_overdue', { severity: { red: 90, orange: 30, yellow: 0 } });
const asOf = '2024-10-31';

function project(dates: Partial<Record<ProjectMilestone, MilestoneDates>>) {
  const milestones = Object.fromEntries(
    PROJECT_MILESTONES.map((m) => [m, dates[m] ?? { planned: null, actual: null }]),
  ) as Record<ProjectMilestone, MilestoneDates>;
  return {
    subject: subject('P-1', 'enterprise'),
    projectName: '年产10万吨项目',
    plannedStart: milestones.start.planned,
    actualStart: milestones.start.actual,
    milestones,
  };
}

describe('project_overdue on every milestone', () => {
  it.each([
    ['completion 10 days late', { completion: { planned: '2024-10-21', actual: null } }, 'yellow', 'completion', 10],
    [
      'start on time, production 100 days late',
      { start: { planned: '2024-01-01', actual: '2024-01-01' }, production: { planned: '2024-07-23', actual: null } },
      'red',
      'production',
      100,
    ],
    [
      'two open: the later one sets the severity',
      { filing: { planned: '2024-09-01', actual: null }, land_supply: { planned: '2024-10-11', actual: null } },
      'orange',
      'filing',
      60,
    ],
    ['reached late is no warning', { signing: { planned: '2024-01-01', actual: '2024-05-01' } }, null, null, null],
    ['not yet due', { full_production: { planned: '2025-01-01', actual: null } }, null, null, null],
    [
      'reached after the as-of date is still open',
      { start: { planned: '2024-10-01', actual: '2024-11-15' } },
      'yellow',
      'start',
      30,
    ],
  ] as const)('%s', (_label, dates, severity, milestone, daysLate) => {
    const outcome = evaluateProjectOverdue(rule, { projects: [project(dates)], asOf });
    if (severity === null) return expect(outcome.findings).toEqual([]);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatchObject({ severity, figures: { milestone, daysLate } });
  });

  it('names every overdue milestone in one finding', () => {
    const outcome = evaluateProjectOverdue(rule, {
      projects: [
        project({
          start: { planned: '2024-05-01', actual: null },
          completion: { planned: '2024-10-01', actual: null },
        }),
      ],
      asOf,
    });
    expect(outcome.findings[0]!.figures.overdueMilestones).toBe('start,completion');
    expect(outcome.findings[0]!.message.zh).toContain('另有1个节点逾期');
  });
});
