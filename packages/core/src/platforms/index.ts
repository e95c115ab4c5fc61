/** Platforms (平台载体) and cluster promotion organisations (集群促进机构), without IO (DOMAIN.md §2, §6). */
export * from './platform-kind.ts';
export * from './platform-status.ts';
export * from './platform-measures.ts';
export * from './platform-list-rows.ts';
export * from './promotion-organisation.ts';
