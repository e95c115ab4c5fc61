/**
 * 平台载体 (/platforms): the platform register — platforms in force by kind × unit, the full list with filters (kind,
 * unit, and the table's own text filter) and xlsx export, and the promotion organisation of each cluster. County
 * staff see their own unit's platforms (the server scopes the list). Roles that may import upload a platform list here.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { setQuery, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChosenSystem } from '../../components/SystemPicker.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { KindUnitTable } from './KindUnitTable.tsx';
import { KIND_NAMES } from './platform-labels.ts';
import type { PlatformKind, PlatformList, ReportingUnit } from './platform-types.ts';
import { PlatformListUpload } from './PlatformListUpload.tsx';
import { PlatformTable } from './PlatformTable.tsx';
import { PromotionOrganisations } from './PromotionOrganisations.tsx';
import './platforms.css';

export default function PlatformsPage(_props: PageProps) {
  const { t, name } = useLanguage();
  const { query } = useLocation();
  const kind = query.get('kind') ?? '';
  const unit = query.get('unit') ?? '';
  const { system } = useChosenSystem();
  const units = useApi<ReportingUnit[]>('/api/reporting-units');
  const state = useApi<PlatformList>(apiPath('/api/platforms', { kind: kind || undefined, unit: unit || undefined }));
  const unitList = units.data ?? [];
  const mayImport = useSession().can('register.write');
  return (
    <div className="page platforms-page">
      <PageHeader
        title={t('平台载体', 'Platforms')}
        subtitle={t(
          '新型工业化产业示范基地、特色产业园、小微企业园、创新中心、设计基地、工业互联网平台与创新服务综合体',
          'Demonstration bases, parks, innovation centres, design bases, internet platforms and innovation complexes',
        )}
      >
        <label>
          {t('类别', 'Kind')}{' '}
          <select value={kind} onChange={(event) => setQuery('kind', event.target.value || null)}>
            <option value="">{t('全部', 'All')}</option>
            {(Object.keys(KIND_NAMES) as PlatformKind[]).map((key) => (
              <option key={key} value={key}>
                {name(KIND_NAMES[key])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('县（市、区）', 'Unit')}{' '}
          <select value={unit} onChange={(event) => setQuery('unit', event.target.value || null)}>
            <option value="">{t('全部', 'All')}</option>
            {unitList.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {name(entry.name)}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      {mayImport && <PlatformListUpload system={system} onImported={state.reload} />}
      <ApiView
        state={state}
        isEmpty={(list) => list.platforms.length === 0}
        emptyMessage={t('尚无平台载体：请导入平台名单', 'No platforms yet: import the platform list')}
      >
        {(list) => (
          <>
            <section className="card">
              <KindUnitTable counts={list.counts} units={unitList} />
            </section>
            <section className="card">
              <PlatformTable platforms={list.platforms} units={unitList} />
            </section>
          </>
        )}
      </ApiView>
      {system && <PromotionOrganisations system={system} />}
    </div>
  );
}
