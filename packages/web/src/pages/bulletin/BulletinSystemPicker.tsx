/**
 * Which cluster systems the bulletin covers: all of them (the printed bulletin) or one, kept in the address
 * (?system=); the shared system picker always picks one, the bulletin's default is all.
 */
import { useApi } from '../../api/use-api.ts';
import { setQuery, useLocation } from '../../app/router.tsx';
import { SYSTEMS_PATH, type SystemSummary } from '../../components/system-default.ts';
import { useLanguage } from '../../i18n/language.tsx';

/** The chosen system id, or null for all systems. */
export function useBulletinSystem(): { system: string | null; systems: SystemSummary[] } {
  const { query } = useLocation();
  const state = useApi<SystemSummary[]>(SYSTEMS_PATH);
  const systems = state.data ?? [];
  const asked = query.get('system');
  return { system: asked && systems.some((entry) => entry.id === asked) ? asked : null, systems };
}

export function BulletinSystemPicker() {
  const { t, name } = useLanguage();
  const { system, systems } = useBulletinSystem();
  return (
    <label className="picker">
      {t('集群体系', 'Cluster system')}{' '}
      <select value={system ?? ''} onChange={(event) => setQuery('system', event.target.value || null)}>
        <option value="">{t('全部体系', 'All systems')}</option>
        {systems.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {name(entry.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
