/**
 * A finding a step reports without failing: a column with no spread, a denominator of zero, a value imputed,
 * a unit screened out. Each names the indicator (iCode) and unit (uCode) when there is one, and says what
 * happened in both languages, Chinese first. Messages are part of a stage's diagnostics.
 */
export type CompositeMessageSeverity = 'warning' | 'info';

export interface CompositeMessage {
  severity: CompositeMessageSeverity;
  /** A stable code, e.g. `no_spread`, `denominator_zero`, `unit_screened_out`. */
  code: string;
  iCode: string | null;
  uCode: string | null;
  /** `中文 (English)`. */
  message: string;
}

export function compositeMessage(
  severity: CompositeMessageSeverity,
  code: string,
  where: { iCode?: string; uCode?: string },
  zh: string,
  en: string,
): CompositeMessage {
  const place = [where.iCode, where.uCode].filter((part) => part !== undefined).join(' / ');
  const prefix = place === '' ? '' : `${place}：`;
  const prefixEn = place === '' ? '' : `${place}: `;
  return {
    severity,
    code,
    iCode: where.iCode ?? null,
    uCode: where.uCode ?? null,
    message: `${prefix}${zh} (${prefixEn}${en})`,
  };
}
