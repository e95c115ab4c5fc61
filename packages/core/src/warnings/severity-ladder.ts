/**
 * Traffic-light severity: a rule gives thresholds for red, orange and yellow (at least one); the metric of
 * its kind is compared with each, and the most severe level whose condition holds is the finding's severity.
 * Each kind says how it compares: `lt` (growth below x: strictly below), `gte` (at least x points below the
 * city, N months, a drop of at least y %, one more D-class firm) or `gt` (a share, an excess or a delay over x).
 */
import { z } from 'zod';

export const severities = ['red', 'orange', 'yellow'] as const;
export type Severity = (typeof severities)[number];

/** Order from the most severe: red 3, orange 2, yellow 1. */
export const severityRank: Record<Severity, number> = { red: 3, orange: 2, yellow: 1 };

export const severityLadderSchema = z
  .object({
    red: z.number().finite().optional(),
    orange: z.number().finite().optional(),
    yellow: z.number().finite().optional(),
  })
  .strict()
  .refine((ladder) => severities.some((level) => ladder[level] !== undefined), {
    message: '至少给出一个阈值 (give at least one of red, orange, yellow)',
  });
export type SeverityLadder = z.infer<typeof severityLadderSchema>;

export type Comparison = 'lt' | 'gte' | 'gt';

export const comparisonOfKind = {
  growth_below: 'lt',
  below_city: 'gte',
  consecutive_decline: 'gte',
  loss_share_over: 'gt',
  leader_output_drop: 'gte',
  energy_over_quota: 'gt',
  more_d_class: 'gte',
  project_overdue: 'gt',
  pool_entry_expiring: 'lt',
  rectification_overdue: 'gt',
  platform_review_due: 'lt',
  chain_lead_stalled: 'gt',
} as const satisfies Record<string, Comparison>;

const holds = (metric: number, threshold: number, comparison: Comparison) =>
  comparison === 'lt' ? metric < threshold : comparison === 'gte' ? metric >= threshold : metric > threshold;

/** The severity the metric reaches, with the threshold it passed; null when it passes none. */
export function gradeSeverity(
  metric: number,
  ladder: SeverityLadder,
  comparison: Comparison,
): { severity: Severity; threshold: number } | null {
  for (const severity of severities) {
    const threshold = ladder[severity];
    if (threshold !== undefined && holds(metric, threshold, comparison)) return { severity, threshold };
  }
  return null;
}

/** Red must be the most extreme threshold given, then orange, then yellow. */
export function ladderIsOrdered(ladder: SeverityLadder, comparison: Comparison): boolean {
  const given = severities.map((level) => ladder[level]).filter((value): value is number => value !== undefined);
  return given.every((value, index) =>
    index === 0 ? true : comparison === 'lt' ? given[index - 1]! <= value : given[index - 1]! >= value,
  );
}
