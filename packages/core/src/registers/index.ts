/** Tracking registers without IO (DOMAIN.md §6): project and cultivation-pool lists read into records. */
export * from './pool-tier.ts';
export * from './construction-type.ts';
export * from './project-milestone.ts';
export * from './read-date-cell.ts';
export * from './extract-register-rows.ts';
export * from './project-record.ts';
export * from './pool-entry-record.ts';
