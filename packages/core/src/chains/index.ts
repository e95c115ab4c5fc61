/** Industry chains (产业链图谱) and the investment-promotion roadmap (招商路线图), without IO. */
export * from './chain-definition.ts';
export * from './link-assignment.ts';
export * from './assess-chain.ts';
export * from './lead-pipeline.ts';
