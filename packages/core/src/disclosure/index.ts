/**
 * Statistical disclosure control (统计法): primary suppression by frequency, p %, pq and (n,k) dominance
 * rules per owner group and audience, secondary suppression proven safe by an interval (LP) audit, and
 * the publishable form of a protected table. docs/disclosure-control.md describes the method.
 */
export { DisclosureError, type DisclosureErrorKind } from './disclosure-error.ts';
export * from './disclosure-rules.ts';
export { parseDisclosureRules } from './parse-disclosure-rules.ts';
export * from './table-structure.ts';
export * from './cell-statistics.ts';
export * from './primary-suppression.ts';
export * from './tabulate-contributions.ts';
export { FeasibleRegion, type LpResult } from './lp-solver.ts';
export * from './interval-audit.ts';
export * from './suppression-audit.ts';
export * from './secondary-suppression.ts';
export * from './protect-table.ts';
export * from './publication.ts';
