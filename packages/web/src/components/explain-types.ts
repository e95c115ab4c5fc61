/**
 * The query of GET /api/statistics/explain as the web passes it (one figure: system, cluster or reporting unit,
 * measure, period YYYY-MM, disclosure audience), and the explanation the server returns.
 */
import type { Bilingual } from '../i18n/language.tsx';

export interface ExplainQuery {
  system?: string | null | undefined;
  cluster?: string | null | undefined;
  unit?: string | null | undefined;
  measure: string;
  period: string;
  /** public (default), unit:<id> or full. */
  audience?: string | null | undefined;
}

export interface StatisticExplanation {
  measure: { code: string; name: Bilingual; unit: string };
  period: string;
  systemId: string | null;
  clusterId: string | null;
  reportingUnitId: string | null;
  value: number | null;
  base: number | null;
  growth: number | null;
  derived: boolean;
  formula: Bilingual;
  scope: Bilingual & { enterpriseCount: number | null };
  membership: {
    year: number;
    rule: Bilingual;
    catalogue: { clusterId: string; industryPrefix: string; coverage: string }[];
  };
  sources: {
    batchId: number;
    source: string;
    fileName: string;
    importedAt: string;
    period: string;
    revision: number;
  }[];
  revision: number | null;
  suppressed: boolean;
  suppressionReason: (Bilingual & { rule: 'frequency' | 'dominance' | 'secondary' }) | null;
}
