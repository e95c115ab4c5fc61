/** The projects API's shapes as the pages read them (packages/server/src/http/routes/projects.routes.ts). */
import type { Bilingual } from '../../i18n/language.tsx';

export type Milestone =
  'signing' | 'filing' | 'land_supply' | 'start' | 'completion' | 'production' | 'full_production';

export interface SummaryRow {
  projects: number;
  plannedTotalYuan: number;
  plannedAnnualYuan: number;
  yearCompletedYuan: number;
  completedYuan: number;
  /** Percent (50 = 50 %). */
  annualCompletionRate: number | null;
  totalCompletionRate: number | null;
  startRate: number | null;
  startedProjects: number;
  dueProjects: number;
  overdueProjects: number;
  renovationProjects: number;
  renovationPlannedTotalYuan: number;
  renovationYearCompletedYuan: number;
}

export interface OverdueProject {
  code: string;
  name: string;
  enterpriseName: string | null;
  reportingUnitId: string;
  clusterId: string | null;
  milestone: Milestone;
  planned: string;
  daysLate: number;
  overdueMilestones: Milestone[];
}

export interface ProjectRow {
  code: string;
  name: string;
  enterpriseName: string | null;
  reportingUnitId: string;
  clusterId: string | null;
  clusterText: string | null;
  technicalRenovation: boolean | null;
  status: string | null;
  plannedTotalYuan: number | null;
  plannedAnnualYuan: number | null;
  yearCompletedYuan: number | null;
  completedYuan: number | null;
  annualCompletionRate: number | null;
  startPlanned: string | null;
  startActual: string | null;
  overdue: boolean;
}

export interface ProjectSummary {
  year: number;
  month: number;
  asOf: string;
  systemId: string;
  total: SummaryRow;
  byUnit: ({ unit: { id: string; name: Bilingual } } & SummaryRow)[];
  byCluster: ({ cluster: { id: string; name: Bilingual } | null } & SummaryRow)[];
  overdue: OverdueProject[];
  projects: ProjectRow[];
}

export interface MilestoneStatus {
  milestone: Milestone;
  planned: string | null;
  actual: string | null;
  state: 'on_time' | 'late' | 'overdue' | 'pending' | 'unplanned';
  daysLate: number;
}

export interface ProjectDetail {
  code: string;
  name: string;
  uscc: string | null;
  enterpriseName: string | null;
  reportingUnitId: string;
  reportingUnitName: Bilingual | null;
  clusterId: string | null;
  clusterText: string | null;
  constructionType: string | null;
  industryCode: string | null;
  status: string | null;
  technicalRenovation: boolean | null;
  plannedTotalYuan: number | null;
  plannedAnnualYuan: number | null;
  yearCompletedYuan: number | null;
  completedYuan: number | null;
  year: number;
  month: number;
  asOf: string;
  annualCompletionRate: number | null;
  totalCompletionRate: number | null;
  milestones: MilestoneStatus[];
  series: {
    month: number;
    completedYuan: number;
    yearCompletedYuan: number | null;
    annualCompletionRate: number | null;
  }[];
}

export interface GrowthFigures {
  currentYuan: number;
  baseYuan: number;
  growth: number | null;
  gapToTarget: number | null;
  meetsTarget: boolean | null;
  projects: number;
  baseProjects: number;
  unknown: number;
  baseUnknown: number;
}

export interface InvestmentGrowth {
  systemId: string;
  year: number;
  month: number;
  targetPercent: number;
  basis: Bilingual;
  total: GrowthFigures;
  clusters: ({ cluster: { id: string; name: Bilingual } } & GrowthFigures)[];
}
