/**
 * The monthly cluster bulletin (产业集群专刊) as data: what the statistics service computes and the xlsx and PDF
 * renderers draw. Money is in the canonical unit 元 (renderers show 亿元); growth, shares and 贡献率 are fractions
 * (0.083 = 8.3 %); 拉动 is in percentage points. A cell withheld by disclosure control has `value: null` and says
 * why in `suppressed`; it is never 0.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { BulletinRegisters } from './bulletin-registers.ts';

export * from './bulletin-registers.ts';
export * from './withhold-unit-sums.ts';

/**
 * Why a cell is withheld. A published bulletin says only `withheld` (the reason would tell an intruder whether a
 * cell has fewer than 3 firms); `primary` and `secondary` are for the producer's own review copies.
 */
export type SuppressionMark = 'withheld' | 'primary' | 'secondary';

/** One published number: null when missing (`suppressed` absent) or withheld (`suppressed` set). */
export interface BulletinCell {
  value: number | null;
  suppressed?: SuppressionMark;
}

/** Growth on the comparable basis: Σ本期 / Σ上年同期 of the same enterprises − 1. */
export interface BulletinGrowth {
  value: number | null;
  /** nominal: computed locally from current prices; official: the statistics bureau's real rate. */
  basis: 'nominal' | 'official';
  /** True when some enterprises had no reported 上年同期 and their stored prior-year value was used. */
  derived: boolean;
}

export interface BulletinPeriod {
  year: number;
  /** The last month of the 1–N月 period. */
  month: number;
  /** As the bureau writes it: 2024年1-10月 (2024年1月 for January). */
  label: BilingualName;
}

export interface BulletinMeasureRow {
  measure: string;
  name: BilingualName;
  /** 1–N月 cumulative, canonical unit. */
  value: BulletinCell;
  /** 上年同期 of the same enterprises. */
  base: BulletinCell;
  growth: BulletinGrowth;
  /** Official real growth where the statistics bureau's rate is loaded (增加值). */
  officialGrowth: number | null;
}

export interface BulletinClusterRow {
  clusterId: string;
  name: BilingualName;
  /** 0 for a top-level cluster, 1 for a sub-direction, … (rows are in registry order, children under parents). */
  depth: number;
  value: BulletinCell;
  base: BulletinCell;
  growth: BulletinGrowth;
  /** Share of the city's 规上 total of the same measure and period. */
  share: number | null;
  /** 拉动: this cluster's increase / the city's base × 100, in percentage points. */
  pull: number | null;
  /** 贡献率: this cluster's increase / the city's increase. */
  contribution: number | null;
  /** Rank by value among the clusters of the same depth and parent (1 = largest); null when suppressed. */
  rank: number | null;
  /** 规上 enterprises counted (published only when not suppressed). */
  enterprises: number | null;
}

export interface BulletinSystemSection {
  systemId: string;
  name: BilingualName;
  measure: string;
  measureName: BilingualName;
  rows: BulletinClusterRow[];
  /** The system's clusters together (each enterprise once). */
  total: BulletinClusterRow;
}

export interface BulletinUnit {
  id: string;
  name: BilingualName;
}

/** Reporting unit × top-level cluster of one system, one measure. */
export interface BulletinUnitMatrix {
  systemId: string;
  measure: string;
  measureName: BilingualName;
  units: BulletinUnit[];
  clusters: { id: string; name: BilingualName }[];
  /** cells[unitIndex][clusterIndex] */
  cells: BulletinCell[][];
  unitTotals: BulletinCell[];
  clusterTotals: BulletinCell[];
}

export interface BulletinUnitRankingRow {
  unit: BulletinUnit;
  value: BulletinCell;
  growth: BulletinGrowth;
  share: number | null;
  pull: number | null;
  rankByValue: number | null;
  rankByGrowth: number | null;
}

export interface BulletinTargetRow {
  systemId: string;
  clusterId: string | null;
  name: BilingualName;
  /** What the target measures, e.g. 规上工业总产值. */
  indicator: BilingualName;
  targetYear: number;
  /** Canonical unit of the indicator (元 for money). */
  targetValue: number;
  unit: string;
  /** Latest complete-year (or year-to-date annualised where stated) actual value. */
  actualYear: number;
  actualValue: number | null;
  /** actual / target. */
  progress: number | null;
  /** Annual growth needed from actualYear to reach the target in targetYear. */
  requiredAnnualGrowth: number | null;
  /** Growth of the latest year on the comparable basis. */
  actualAnnualGrowth: number | null;
  onTrack: boolean | null;
}

export type WarningSeverity = 'red' | 'orange' | 'yellow';

export interface BulletinWarning {
  severity: WarningSeverity;
  subject: BilingualName;
  message: BilingualName;
}

export interface BulletinDocument {
  title: BilingualName;
  period: BulletinPeriod;
  /** ISO timestamp. */
  generatedAt: string;
  /** True when built from the synthetic demo data set: every page says so. */
  synthetic: boolean;
  /** Who the figures were disclosure-controlled for, e.g. 公开 / public. */
  audience: BilingualName;
  /** The city's 规上 industry totals. */
  city: BulletinMeasureRow[];
  systems: BulletinSystemSection[];
  unitMatrices: BulletinUnitMatrix[];
  /** The city's reporting units ranked on 规上工业总产值. */
  unitRanking: { measure: string; measureName: BilingualName; rows: BulletinUnitRankingRow[] };
  targets: BulletinTargetRow[];
  warnings: BulletinWarning[];
  /** 重点工作推进: the registers' figures of the period (absent in documents built before the registers existed). */
  registers?: BulletinRegisters;
  /** Footnotes: comparable basis, nominal growth, suppression marks, data sources. */
  notes: BilingualName[];
}
