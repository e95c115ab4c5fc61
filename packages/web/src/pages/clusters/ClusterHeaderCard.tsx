/**
 * Who a cluster is, from the registry: its names, tier, level, designations over time (status history, source)
 * with the zones (lead units: 核心区 / 协同区 / 重点布局), targets and the catalogue of industry codes that decides
 * which enterprises belong to it.
 */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, measureValue } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { CLUSTER_LEVELS, type ClusterLevel } from './cluster-level.ts';
import type { RegistryCatalogueEntry, RegistryCluster, RegistryTarget } from './registry-types.ts';

const COVERAGE = { full: { zh: '全部', en: 'full' }, partial: { zh: '部分', en: 'partial' } } as const;

export function ClusterHeaderCard({
  cluster,
  levels,
  parentName,
}: {
  cluster: RegistryCluster;
  levels: ClusterLevel[];
  parentName: string | null;
}) {
  const { t, name, language } = useLanguage();
  const targetText = (target: RegistryTarget) =>
    target.canonical?.unit === 'yuan'
      ? measureValue('industrial_output', target.canonical.value, language)
      : `${count(target.value)}${target.unit}`;
  const leadUnits = cluster.designations.flatMap((designation) =>
    designation.zones.filter((zone) => zone.role !== 'member_city'),
  );
  const catalogueColumns: Column<RegistryCatalogueEntry>[] = [
    { key: 'code', header: t('行业代码', 'Industry code'), value: (row) => row.code },
    { key: 'industry', header: t('行业名称', 'Industry'), value: (row) => row.industryName },
    {
      key: 'coverage',
      header: t('范围', 'Coverage'),
      value: (row) => (row.coverage in COVERAGE ? name(COVERAGE[row.coverage as keyof typeof COVERAGE]) : row.coverage),
    },
    {
      key: 'valid',
      header: t('有效期', 'Valid'),
      value: (row) =>
        row.validFrom === null && row.validTo === null ? null : `${row.validFrom ?? ''}–${row.validTo ?? ''}`,
    },
    { key: 'note', header: t('说明', 'Note'), value: (row) => row.note },
  ];
  return (
    <section className="card section" aria-label={t('集群概况', 'About the cluster')}>
      <h2>{t('集群概况', 'About the cluster')}</h2>
      <dl className="cluster-facts">
        <dt>{t('名称', 'Name')}</dt>
        <dd>
          {cluster.name.zh}
          {cluster.name.en && <span className="muted"> ({cluster.name.en})</span>}
        </dd>
        {parentName && (
          <>
            <dt>{t('所属集群', 'Part of')}</dt>
            <dd>{parentName}</dd>
          </>
        )}
        <dt>{t('级别', 'Level')}</dt>
        <dd>
          {levels.map((level) => (
            <span key={level} className="badge blue" style={{ marginRight: 6 }}>
              {name(CLUSTER_LEVELS[level])}
            </span>
          ))}
          {cluster.tier && <span className="muted">{cluster.tier}</span>}
        </dd>
        <dt>{t('牵头地区', 'Lead units')}</dt>
        <dd>
          {leadUnits.length === 0
            ? t('未载明', 'not stated')
            : leadUnits
                .map((zone) =>
                  t(
                    `${zone.regionName.zh}（${zone.roleName.zh}）`,
                    `${name(zone.regionName)} (${name(zone.roleName)})`,
                  ),
                )
                .join(t('、', '; '))}
        </dd>
        {cluster.description && (
          <>
            <dt>{t('简介', 'Description')}</dt>
            <dd>{cluster.description}</dd>
          </>
        )}
        {cluster.targets.length > 0 && (
          <>
            <dt>{t('目标', 'Targets')}</dt>
            <dd>
              {cluster.targets
                .map(
                  (target) =>
                    `${name(target.name)}：${target.deadline.slice(0, 4)}${t('年', '')} ${targetText(target)}`,
                )
                .join('；')}
            </dd>
          </>
        )}
      </dl>
      <h3>{t('认定与布局', 'Designations and zones')}</h3>
      {cluster.designations.length === 0 ? (
        <p className="muted">{t('无认定记录', 'No designation on record')}</p>
      ) : (
        cluster.designations.map((designation, index) => (
          <div key={`${designation.level}-${index}`} className="designation">
            <strong>{name(designation.levelName)}</strong> · {name(designation.statusName)}
            {designation.year !== null && ` · ${designation.year}${t('年', '')}`}
            {designation.batch !== null && t(` · 第${designation.batch}批`, ` · batch ${designation.batch}`)}
            {designation.statusHistory.length > 0 && (
              <div className="history muted">
                {designation.statusHistory
                  .map((step) => [step.date, step.status, step.note].filter(Boolean).join(' '))
                  .join(' → ')}
              </div>
            )}
            <div className="zone-list">
              {designation.zones.map((zone) => (
                <span key={`${zone.region}-${zone.role}`} className="badge" title={zone.note ?? undefined}>
                  {name(zone.regionName)} · {name(zone.roleName)}
                </span>
              ))}
            </div>
            {designation.source && <div className="muted history">{designation.source}</div>}
          </div>
        ))
      )}
      <h3>{t('行业目录', 'Industry catalogue')}</h3>
      <DataTable
        rows={cluster.catalogue}
        columns={catalogueColumns}
        rowKey={(row) => `${row.code}-${row.validFrom ?? ''}`}
        filterable={cluster.catalogue.length > 10}
        pageSize={50}
      />
    </section>
  );
}
