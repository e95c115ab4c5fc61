/** The projects page's filters, kept in the address: reporting unit and cluster (choices from the unfiltered year). */
import { setQuery } from '../../app/router.tsx';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';

export function ProjectFilters({
  units,
  clusters,
  unit,
  cluster,
}: {
  units: readonly { id: string; name: Bilingual }[];
  clusters: readonly { id: string; name: Bilingual }[];
  unit: string | null;
  cluster: string | null;
}) {
  const { t, name } = useLanguage();
  return (
    <div className="projects-filters">
      <label className="picker">
        {t('县（市、区）', 'Unit')}{' '}
        <select value={unit ?? ''} onChange={(event) => setQuery('unit', event.target.value || null)}>
          <option value="">{t('全部', 'All')}</option>
          {units.map((option) => (
            <option key={option.id} value={option.id}>
              {name(option.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="picker">
        {t('集群', 'Cluster')}{' '}
        <select value={cluster ?? ''} onChange={(event) => setQuery('cluster', event.target.value || null)}>
          <option value="">{t('全部', 'All')}</option>
          {clusters.map((option) => (
            <option key={option.id} value={option.id}>
              {name(option.name)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
