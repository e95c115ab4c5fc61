/** A group's year figures: sums, both 完成率, 开工率, overdue projects and 技改 (construction-type rule in registers). */
import { describe, expect, it } from 'vitest';
import { isTechnicalRenovation } from '../registers/construction-type.ts';
import { PROJECT_MILESTONES, type MilestoneDates, type ProjectMilestone } from '../registers/project-milestone.ts';
import { summarizeProjects, type ProjectFigures } from './project-summary.ts';

const none = () =>
  Object.fromEntries(PROJECT_MILESTONES.map((m) => [m, { planned: null, actual: null }])) as Record<
    ProjectMilestone,
    MilestoneDates
  >;

const project = (code: string, overrides: Partial<ProjectFigures>): ProjectFigures => ({
  code,
  plannedTotalYuan: null,
  plannedAnnualYuan: null,
  yearCompletedYuan: null,
  completedYuan: null,
  technicalRenovation: false,
  milestones: none(),
  ...overrides,
});

describe('summarizeProjects', () => {
  it('sums a group and rates it', () => {
    const late = none();
    late.start = { planned: '2024-03-01', actual: null };
    const started = none();
    started.start = { planned: '2024-02-01', actual: '2024-02-10' };
    const summary = summarizeProjects(
      [
        project('A', {
          plannedTotalYuan: 1e8,
          plannedAnnualYuan: 4e7,
          yearCompletedYuan: 2e7,
          completedYuan: 5e7,
          milestones: started,
        }),
        project('B', { plannedTotalYuan: 5e7, plannedAnnualYuan: 1e7, yearCompletedYuan: null, milestones: late }),
        project('C', {
          plannedTotalYuan: 1e7,
          plannedAnnualYuan: 1e7,
          yearCompletedYuan: 5e6,
          completedYuan: 5e6,
          technicalRenovation: true,
        }),
      ],
      '2024-06-30',
    );
    expect(summary).toMatchObject({
      projects: 3,
      plannedTotalYuan: 1.6e8,
      plannedAnnualYuan: 6e7,
      yearCompletedYuan: 2.5e7,
      completedYuan: 5.5e7,
      annualCompletion: { numerator: 2.5e7, denominator: 5e7, rate: 50, leftOut: 1 },
      totalCompletion: { numerator: 5.5e7, denominator: 1.1e8, rate: 50, leftOut: 1 },
      start: { numerator: 1, denominator: 2, rate: 50 },
      overdue: 1,
      renovation: { projects: 1, plannedTotalYuan: 1e7, yearCompletedYuan: 5e6 },
    });
  });

  it.each([
    ['3511', 'renovation', true],
    ['0610', 'renovation', true],
    ['4690', 'renovation', true],
    ['4710', 'renovation', false],
    ['0599', 'renovation', false],
    ['3511', 'new', false],
    [null, 'renovation', null],
  ] as const)('技改: industry %s, type %s → %s', (code, type, expected) => {
    expect(isTechnicalRenovation(code, type)).toBe(expected);
  });
});
