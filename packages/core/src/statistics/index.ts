/** Cluster statistics without IO: exact sums, comparable growth, 拉动 and 贡献率, ranks, target projections. */
export * from './exact-decimal-sum.ts';
export * from './comparable-growth.ts';
export * from './competition-rank.ts';
export * from './target-projection.ts';
export * from './aggregate-cell.ts';
export * from './cluster-tree.ts';
export * from './cell-figures.ts';
