/**
 * The cluster system (口径: 五大, 三大, 415X, national, …) a page shows, from GET /api/registry/systems, kept in the
 * page address (?system=id); by default the city's own system (system-default.ts).
 */
import { useEffect } from 'react';
import { useApi } from '../api/use-api.ts';
import { setQuery, useLocation } from '../app/router.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { defaultSystem, SYSTEMS_PATH, type SystemSummary } from './system-default.ts';

export { defaultSystem, type SystemSummary } from './system-default.ts';

export function useChosenSystem(): { system: string | null; systems: SystemSummary[] } {
  const { query } = useLocation();
  const state = useApi<SystemSummary[]>(SYSTEMS_PATH);
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
    if (system && query.get('system') === null) setQuery('system', system, { quiet: true });
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
