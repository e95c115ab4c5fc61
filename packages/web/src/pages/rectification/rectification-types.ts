/** The rectification API's shapes as the pages read them (packages/server/src/http/routes/rectification.routes.ts). */
import type { Bilingual } from '../../i18n/language.tsx';

export type CaseStatus = 'survey' | 'confirmed' | 'planned' | 'implementing' | 'accepted' | 'closed' | 'dismissed';
export type PlanType = 'upgrade' | 'merger' | 'reclaim' | 'relocate' | 'exit';

export interface RectificationCase {
  id: number;
  uscc: string;
  enterpriseName: string | null;
  reportingUnitId: string;
  year: number;
  origin: 'evaluation' | 'data_rule' | 'local_report';
  originRunId: number | null;
  originRules: { text?: Bilingual }[];
  landMu: number | null;
  parcelRefs: string[];
  energyTce: number | null;
  planType: PlanType | null;
  status: CaseStatus;
  nextStatuses: CaseStatus[];
  deadline: string | null;
  overdue: boolean;
  daysLate: number;
  landFreedMu: number | null;
  energyFreedTce: number | null;
  taxPerMuBeforeYuan: number | null;
  taxPerMuAfterYuan: number | null;
  note: string | null;
  openedBy: string;
  openedAt: string;
  history:
    | {
        from: CaseStatus | null;
        to: CaseStatus;
        at: string;
        by: string;
        note: string | null;
        evidence: string | null;
      }[]
    | null;
}

export interface BulletinRow {
  reportingUnitId: string | null;
  cases: number;
  byStatus: Record<CaseStatus, number>;
  overdue: number;
  closedInMonth: number;
  landFreedMu: number;
  energyFreedTce: number;
  closureRate: number | null;
  progress: { closedCases: number | null; landMu: number | null; energyTce: number | null } | null;
}

export interface Bulletin {
  year: number;
  month: number;
  asOf: string;
  units: (BulletinRow & { reportingUnitId: string; name: Bilingual })[];
  city: BulletinRow | null;
}

export interface Candidate {
  uscc: string;
  name: string;
  reportingUnitId: string;
  evaluation: { text: Bilingual }[] | null;
  dataRules: { ruleId: string; text: Bilingual }[];
  caseId: number | null;
  landMu: number | null;
  energyTce: number | null;
}

export interface Candidates {
  year: number;
  runId: number | null;
  candidates: Candidate[];
}
