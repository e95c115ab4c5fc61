/**
 * A run's list as data, what the list renderers draw: the run (scheme, year, status, publication date, digest),
 * its classes and groups with their indicators (name, display unit, decimals), and one row per enterprise with
 * its county, group, indicator values and scores, bonus and penalty with the rules applied, total, rank,
 * percentile, initial and final class, the latest re-grade reason and appeal, and the unrated reason.
 */
import type { BilingualName } from '@observatory/core';

export interface EvaluationListIndicator {
  id: string;
  name: BilingualName;
  /** e.g. 万元/亩; '' for a ratio of like quantities. */
  unitLabel: string;
  decimals: number | null;
}

export interface EvaluationListRow {
  uscc: string;
  name: string;
  reportingUnitId: string;
  reportingUnitName: string;
  /** The county's place in the bureau's order. */
  reportingUnitOrder: number;
  groupId: string | null;
  segmentId: string | null;
  status: 'rated' | 'unrated' | 'excluded';
  /** USCCs of the firms evaluated together with this one on a shared parcel. */
  mergedWith: string[];
  /** By indicator id, in the indicator's display unit; null = missing. */
  values: Record<string, number | null>;
  scores: Record<string, number | null>;
  bonus: number | null;
  penalty: number | null;
  /** The bonus, penalty and veto rules applied, e.g. "high-tech +2；accident 否决→D [安监罚〔2023〕12号]". */
  rules: string;
  total: number | null;
  rank: number | null;
  /** Position share within the classified pool (0–1). */
  percentile: number | null;
  initialClass: string | null;
  finalClass: string | null;
  regradeReason: string | null;
  appeal: string | null;
  reason: { code: string; zh: string; en: string } | null;
}

export interface EvaluationListDocument {
  runId: number;
  status: string;
  year: number;
  schemeId: string;
  schemeVersion: number;
  schemeName: BilingualName;
  /** The scheme's region, e.g. 嘉兴市; null when the scheme has none. */
  regionName: string | null;
  /** 'YYYY-MM-DD' in China time; null before publication. */
  publishedOn: string | null;
  generatedAt: string;
  digest: string;
  totalDecimals: number | null;
  classes: { id: string; name: BilingualName }[];
  groups: { id: string; name: BilingualName; indicators: EvaluationListIndicator[] }[];
  rows: EvaluationListRow[];
}

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function worksheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}
