/** Projects and investment tracking without IO (DOMAIN.md §6, docs/projects.md): rates, milestones, growth. */
export * from './milestone-status.ts';
export * from './investment-rates.ts';
export * from './year-completed.ts';
export * from './investment-growth.ts';
export * from './project-summary.ts';
export { projectAsOfDate } from './day-number.ts';
