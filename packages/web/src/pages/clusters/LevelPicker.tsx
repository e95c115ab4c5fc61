/** The level filter of the clusters list (国家级 / 省级核心区 / 省级协同区 / 市级), kept in the address (?level=). */
import { setQuery } from '../../app/router.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { CLUSTER_LEVELS, type ClusterLevel } from './cluster-level.ts';

export function LevelPicker({ level }: { level: ClusterLevel | null }) {
  const { t, name } = useLanguage();
  return (
    <label className="picker">
      {t('级别', 'Level')}{' '}
      <select value={level ?? ''} onChange={(event) => setQuery('level', event.target.value || null)}>
        <option value="">{t('全部级别', 'All levels')}</option>
        {(Object.keys(CLUSTER_LEVELS) as ClusterLevel[]).map((key) => (
          <option key={key} value={key}>
            {name(CLUSTER_LEVELS[key])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function parseLevel(text: string | null): ClusterLevel | null {
  return text !== null && text in CLUSTER_LEVELS ? (text as ClusterLevel) : null;
}
