/**
 * Where a warning's subject lives in the cockpit, for the warnings centre's link, and what kind of thing it is when
 * the stored subject kind is the generic one: a platform warning opens the platforms register at the platform's
 * unit, a stalled roadmap lead opens its chain's page. Other warnings have no page of their own here (null).
 */
import type { Bilingual } from '../../i18n/language.tsx';
import type { Warning } from './warning-types.ts';

export function warningSubjectLink(warning: Pick<Warning, 'kind' | 'figures' | 'reportingUnitId'>): string | null {
  if (warning.kind === 'platform_review_due')
    return warning.reportingUnitId ? `/platforms?unit=${encodeURIComponent(warning.reportingUnitId)}` : '/platforms';
  const chainId = warning.figures.chainId;
  if (warning.kind === 'chain_lead_stalled' && typeof chainId === 'string')
    return `/chains/${encodeURIComponent(chainId)}`;
  return null;
}

/** The register record a warning of a register kind is about (its stored subject kind is `enterprise`). */
const SUBJECT_OF_KIND: Record<string, Bilingual> = {
  platform_review_due: { zh: '平台载体', en: 'Platform' },
  chain_lead_stalled: { zh: '招商线索', en: 'Chain lead' },
};

export const registerSubjectLabel = (kind: string): Bilingual | null => SUBJECT_OF_KIND[kind] ?? null;
