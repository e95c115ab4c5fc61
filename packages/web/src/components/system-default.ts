/**
 * The system a page shows when the address names none: the city's own system the bureau reports on, a city-owned
 * system that is not illustrative, the one with most clusters (五大 in Jiaxing, before 三大); else the first one.
 */
import type { Bilingual } from '../i18n/language.tsx';

/** The systems list every picker reads (prefetched at start). */
export const SYSTEMS_PATH = '/api/registry/systems';

export interface SystemSummary {
  id: string;
  name: Bilingual;
  owner?: unknown;
  illustrative?: unknown;
  clusterCount?: unknown;
  [key: string]: unknown;
}

/** The system shown when the address names none (see the header). */
export function defaultSystem(systems: readonly SystemSummary[]): string | null {
  const own = systems.filter((entry) => entry.owner === 'city' && entry.illustrative !== true);
  const size = (entry: SystemSummary) => (typeof entry.clusterCount === 'number' ? entry.clusterCount : 0);
  const best = own.reduce<SystemSummary | null>(
    (chosen, entry) => (chosen && size(chosen) >= size(entry) ? chosen : entry),
    null,
  );
  return (best ?? systems[0])?.id ?? null;
}
