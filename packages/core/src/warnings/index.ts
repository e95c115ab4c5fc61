/** Early warnings (DOMAIN.md §5): rules as data and pure evaluators of already-computed figures. */
export * from './severity-ladder.ts';
export * from './warning-rule.ts';
export * from './warning-finding.ts';
export * from './parse-warning-rule-set.ts';
export * from './evaluate-growth-below.ts';
export * from './evaluate-below-city.ts';
export * from './evaluate-consecutive-decline.ts';
export * from './evaluate-loss-share-over.ts';
export * from './evaluate-leader-output-drop.ts';
export * from './evaluate-energy-over-quota.ts';
export * from './evaluate-more-d-class.ts';
export * from './evaluate-project-overdue.ts';
export * from './evaluate-pool-entry-expiring.ts';
export * from './evaluate-rectification-overdue.ts';
export * from './evaluate-platform-review-due.ts';
export * from './evaluate-chain-lead-stalled.ts';
export * from './evaluate-warning-rule.ts';
