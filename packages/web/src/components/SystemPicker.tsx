/**
 * The cluster system (口径: 五大, 三大, 415X, national, …) a page shows, from GET /api/registry/systems, kept in the
 * page address (?system=id). By default the city's own system the bureau reports on: a city-owned system that is
 * not illustrative, the one with most clusters (五大 in Jiaxing, before 三大); else the first one.
 */
import { useEffect } from 'react';
import { useApi } from '../api/use-api.ts';
import { setQuery, useLocation } from '../app/router.tsx';
import { useLanguage, type Bilingual } from '../i18n/language.tsx';

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

export function useChosenSystem(): { system: string | null; systems: SystemSummary[] } {
  const { query } = useLocation();
  const state = useApi<SystemSummary[]>('/api/registry/systems');
  const systems = state.data ?? [];
  const asked = query.get('system');
  // A system in the address is used at once (the server checks it); once the list is there, it must be in it.
  const system =
    asked && (state.data === null || systems.some((entry) => entry.id === asked)) ? asked : defaultSystem(systems);
  return { system, systems };
}

export function SystemPicker() {
  const { t, name } = useLanguage();
  const { system, systems } = useChosenSystem();
  const { query } = useLocation();
  useEffect(() => {
    if (system && query.get('system') === null) setQuery('system', system);
  }, [system, query]);
  if (systems.length === 0) return null;
  return (
    <label className="picker">
      {t('集群体系', 'Cluster system')}{' '}
      <select value={system ?? ''} onChange={(event) => setQuery('system', event.target.value)}>
        {systems.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {name(entry.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
