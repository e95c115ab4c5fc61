/** The rectification register (高耗低效企业整治, 低效用地) without IO: statuses, moves, overdue, data rules, the 通报. */
export * from './rectification-vocabulary.ts';
export * from './rectification-moves.ts';
export * from './rectification-overdue.ts';
export * from './rectification-rules.ts';
export * from './find-rectification-findings.ts';
export * from './summarise-rectification.ts';
