/** Labels shared by the evaluation pages: run status, result status, a class badge, dates and people. */
import type { Language } from '../../i18n/language.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import type { AppealStatus, ApprovalStatus, ResultStatus, RunStatus } from './evaluation-types.ts';

export const RUN_STATUS: Record<RunStatus, [string, string]> = {
  draft: ['草稿', 'Draft'],
  in_review: ['待审核', 'In review'],
  published: ['已发布', 'Published'],
};

export const RESULT_STATUS: Record<ResultStatus, [string, string]> = {
  rated: ['已定级', 'Rated'],
  unrated: ['不定等级', 'Unrated'],
  excluded: ['不参评', 'Excluded'],
};

export const APPROVAL_STATUS: Record<ApprovalStatus, [string, string]> = {
  pending: ['待批准', 'Pending'],
  approved: ['已批准', 'Approved'],
  rejected: ['已驳回', 'Rejected'],
};

export const APPEAL_STATUS: Record<AppealStatus, [string, string]> = {
  open: ['待处理', 'Open'],
  awaiting_approval: ['改档待批准', 'Class change awaiting approval'],
  accepted: ['已受理', 'Accepted'],
  rejected: ['已驳回', 'Rejected'],
};

/** The usual class names (DOMAIN.md §4); a scheme's own names come with the explanation. */
export const CLASS_NAMES: Record<string, [string, string]> = {
  A: ['优先发展类', 'priority development'],
  B: ['鼓励提升类', 'encouraged improvement'],
  C: ['调控帮扶类', 'regulated and assisted'],
  D: ['倒逼整治类', 'forced rectification'],
};

/** Group ids the shipped schemes use (the run lists ids only); another id shows as it is. */
export const GROUP_NAMES: Record<string, [string, string]> = {
  'above-scale': ['规上企业', 'above scale'],
  'below-scale': ['规下企业', 'below scale'],
  'land-3-mu-and-over': ['用地3亩及以上', 'land of 3 mu or more'],
  tenants: ['租赁企业', 'tenants'],
};

export function groupName(id: string | null, language: Language): string | null {
  if (id === null) return null;
  return GROUP_NAMES[id] ? pick(GROUP_NAMES[id], language) : id;
}

export function pick(pair: readonly [string, string], language: Language): string {
  return language === 'zh' ? pair[0] : pair[1];
}

/** 2026-12-06 13:30 in local time; — for none. */
export function dateTime(value: string | null): string {
  if (!value) return '—';
  const date = new Date(value);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function ClassBadge({ value }: { value: string | null }) {
  const { t } = useLanguage();
  if (!value) return <span className="muted">—</span>;
  return (
    <span
      className={`badge ${value}`}
      title={CLASS_NAMES[value] ? t(CLASS_NAMES[value][0], CLASS_NAMES[value][1]) : value}
    >
      {value}
    </span>
  );
}

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const { language } = useLanguage();
  const colour = status === 'published' ? 'A' : status === 'in_review' ? 'orange' : 'blue';
  return <span className={`badge ${colour}`}>{pick(RUN_STATUS[status], language)}</span>;
}
