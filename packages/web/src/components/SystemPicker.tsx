/**
 * The cluster system (口径: 五大, 三大, 415X, national, …) a page shows, from GET /api/registry/systems, kept in the
 * page address (?system=id); the first system by default.
 */
import { useEffect } from 'react';
import { useApi } from '../api/use-api.ts';
import { setQuery, useLocation } from '../app/router.tsx';
import { useLanguage, type Bilingual } from '../i18n/language.tsx';

export interface SystemSummary {
  id: string;
  name: Bilingual;
  [key: string]: unknown;
}

export function useChosenSystem(): { system: string | null; systems: SystemSummary[] } {
  const { query } = useLocation();
  const state = useApi<SystemSummary[]>('/api/registry/systems');
  const systems = state.data ?? [];
  const asked = query.get('system');
  const system = asked && systems.some((entry) => entry.id === asked) ? asked : (systems[0]?.id ?? null);
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
