/**
 * platform_review_due: a recognised platform (认定/复核) whose next review falls due within the rule's lead time —
 * its last 认定 or 复核 plus `reviewIntervalMonths` (default 36) — or a platform still 培育/创建 whose recognition is
 * due `cultivatingMonths` after it started (only when the rule sets that parameter). The severity ladder grades the
 * whole months left before the due date (strictly below each threshold; overdue is −1 or less, so `red: 0` means
 * overdue). Delisted platforms and those not yet registered on the day are not watched. Without any platform
 * registered the input is null and the rule is not evaluable, never passed.
 */
import { PLATFORM_STATUS_NAMES, type PlatformStatus } from '../platforms/platform-status.ts';
import { addMonthsIso, daysBetween } from '../pools/entry-validity.ts';
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  notEvaluable,
  type RuleOutcome,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface TrackedPlatform {
  /** The platform (its register id in the subject id), named with its name; scoped by its unit. */
  subject: WarningSubject;
  platformId: number;
  kindName: { zh: string; en: string };
  /** The status on the day asked about (null: not yet registered then). */
  status: PlatformStatus | null;
  /** ISO date of the change that set that status (the last 认定/复核, or when 培育/创建 began). */
  statusDate: string | null;
}

export interface PlatformReviewDueInput {
  /** null: no platform registered at all. */
  platforms: readonly TrackedPlatform[] | null;
  /** The end of the period, ISO date. */
  asOf: string;
}

/** Whole months from `from` to `to`: negative once `to` has passed (a day late is −1). */
export function wholeMonthsBetween(from: string, to: string): number {
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (addMonthsIso(from, months) > to) months -= 1;
  while (addMonthsIso(from, months + 1) <= to) months += 1;
  return months;
}

export function evaluatePlatformReviewDue(rule: WarningRule, input: PlatformReviewDueInput): RuleOutcome {
  if (input.platforms === null)
    return notEvaluable(rule, { zh: '尚未登记平台载体，无法判断', en: 'no platform registered: cannot be evaluated' });
  const { reviewIntervalMonths, leadMonths, cultivatingMonths } = rule.parameters;
  const findings: WarningFinding[] = [];
  for (const platform of input.platforms) {
    if (platform.statusDate === null || platform.status === null || platform.status === 'delisted') continue;
    const cultivating = platform.status === 'cultivating';
    if (cultivating && cultivatingMonths === undefined) continue;
    const dueDate = addMonthsIso(platform.statusDate, cultivating ? cultivatingMonths! : reviewIntervalMonths);
    const monthsLeft = wholeMonthsBetween(input.asOf, dueDate);
    if (monthsLeft >= leadMonths) continue;
    const grade = gradeSeverity(monthsLeft, rule.severity, 'lt');
    if (!grade) continue;
    const daysLeft = daysBetween(input.asOf, dueDate);
    const since = PLATFORM_STATUS_NAMES[platform.status];
    const due = cultivating ? { zh: '应完成认定', en: 'recognition due' } : { zh: '应复核', en: 'review due' };
    const when =
      daysLeft < 0
        ? { zh: `已逾期${-daysLeft}天`, en: `${-daysLeft} days overdue` }
        : { zh: `剩${daysLeft}天`, en: `${daysLeft} days left` };
    findings.push({
      ruleId: rule.id,
      subject: platform.subject,
      severity: grade.severity,
      figures: {
        platformId: platform.platformId,
        status: platform.status,
        statusDate: platform.statusDate,
        dueDate,
        monthsLeft,
        daysLeft,
        thresholdMonths: grade.threshold,
      },
      message: {
        zh: `${platform.kindName.zh}「${platform.subject.name.zh}」${platform.statusDate}${since.zh}，${dueDate}${due.zh}（${when.zh}）`,
        en: `${platform.kindName.en} ${platform.subject.name.en}: ${since.en} on ${platform.statusDate}, ${due.en} on ${dueDate} (${when.en})`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
