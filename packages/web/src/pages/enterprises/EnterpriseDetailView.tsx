/** One enterprise's record: names over time, yearly attributes, land parcels and cluster assignments. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { decimal } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import type { ClusterAssignment, EnterpriseDetail } from './enterprise-types.ts';
import { useRegistryNames } from './use-registry-names.ts';

type Year = EnterpriseDetail['years'][number];
type Parcel = EnterpriseDetail['land']['parcels'][number];

const TENURE: Record<string, [string, string]> = {
  own: ['自有', 'own'],
  rented_in: ['租入', 'rented in'],
  rented_out: ['租出', 'rented out'],
};

const BASIS: Record<ClusterAssignment['basis'], [string, string]> = {
  manual: ['人工指定', 'manual'],
  catalogue: ['按行业目录', 'by catalogue'],
  needs_review: ['待人工确认', 'needs review'],
  unassigned: ['未归入集群', 'not in a cluster'],
};

export function EnterpriseDetailView({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t, language } = useLanguage();
  const unitName = useUnitName();
  const registry = useRegistryNames();
  const pick = (pair: [string, string]) => (language === 'zh' ? pair[0] : pair[1]);
  const yesNo = (value: boolean | null) => (value === null ? null : value ? t('是', 'yes') : t('否', 'no'));
  const mu = (value: number) => `${decimal(value)} ${t('亩', 'mu')}`;

  const yearColumns: Column<Year>[] = [
    { key: 'year', header: t('年度', 'Year'), value: (row) => row.year, align: 'right' },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnit) },
    { key: 'industry', header: t('行业代码', 'Industry'), value: (row) => row.industryCode },
    { key: 'above', header: t('规上', 'Above scale'), value: (row) => yesNo(row.aboveScale), align: 'center' },
    { key: 'production', header: t('在产', 'Producing'), value: (row) => yesNo(row.inProduction), align: 'center' },
  ];
  const parcelColumns: Column<Parcel>[] = [
    { key: 'certificate', header: t('不动产权证号', 'Certificate'), value: (row) => row.certificateNo },
    {
      key: 'tenure',
      header: t('使用方式', 'Tenure'),
      value: (row) => (TENURE[row.tenure] ? pick(TENURE[row.tenure]!) : row.tenure),
    },
    {
      key: 'area',
      header: t('面积', 'Area'),
      value: (row) => row.areaMu,
      render: (row) => mu(row.areaMu),
      align: 'right',
    },
    { key: 'counterpart', header: t('对方企业', 'Counterpart'), value: (row) => row.counterpartUscc },
    { key: 'from', header: t('起', 'From'), value: (row) => row.validFrom },
    { key: 'to', header: t('止', 'To'), value: (row) => row.validTo },
  ];
  const clusterColumns: Column<ClusterAssignment>[] = [
    { key: 'system', header: t('集群体系', 'System'), value: (row) => registry.system(row.systemId) },
    {
      key: 'cluster',
      header: t('集群', 'Cluster'),
      value: (row) => (row.clusterId ? registry.cluster(row.clusterId) : null),
    },
    { key: 'basis', header: t('依据', 'Basis'), value: (row) => pick(BASIS[row.basis]) },
    { key: 'prefix', header: t('匹配行业', 'Matched code'), value: (row) => row.matchedPrefix },
    {
      key: 'override',
      header: t('人工调整', 'Override'),
      value: (row) => (row.override ? `${row.override.by}：${row.override.reason}` : null),
    },
  ];

  return (
    <div className="stack">
      <div className="grid">
        <section className="card" aria-label={t('名称沿革', 'Names')}>
          <h2>{t('名称沿革', 'Names over time')}</h2>
          <ul className="rule-list">
            {enterprise.nameHistory.map((entry) => (
              <li key={`${entry.validFrom}-${entry.name}`}>
                {entry.name}{' '}
                <span className="muted">（{t(`自 ${entry.validFrom} 起`, `from ${entry.validFrom}`)}）</span>
              </li>
            ))}
          </ul>
          {enterprise.usccWarning && (
            <p className="error-text">
              {enterprise.usccWarning}
              {enterprise.usccConfirmedBy &&
                `（${t('已由', 'confirmed by')} ${enterprise.usccConfirmedBy} ${t('确认', '')}）`}
            </p>
          )}
        </section>
        <section className="card" aria-label={t('用地', 'Land')}>
          <h2>{t(`用地（${enterprise.land.year}年）`, `Land (${enterprise.land.year})`)}</h2>
          <dl className="facts">
            <dt>{t('自有', 'Own')}</dt>
            <dd>{mu(enterprise.land.ownMu)}</dd>
            <dt>{t('租入', 'Rented in')}</dt>
            <dd>{mu(enterprise.land.rentedInMu)}</dd>
            <dt>{t('租出', 'Rented out')}</dt>
            <dd>{mu(enterprise.land.rentedOutMu)}</dd>
            <dt>{t('净用地', 'Net land')}</dt>
            <dd>
              <strong>{mu(enterprise.land.netMu)}</strong>
            </dd>
          </dl>
        </section>
      </div>
      <section className="card" aria-label={t('年度属性', 'Years')}>
        <h2>{t('年度属性', 'Years')}</h2>
        <DataTable
          rows={enterprise.years}
          columns={yearColumns}
          rowKey={(row) => String(row.year)}
          filterable={false}
        />
      </section>
      <section className="card" aria-label={t('地块', 'Land parcels')}>
        <h2>{t('地块', 'Land parcels')}</h2>
        <DataTable
          rows={enterprise.land.parcels}
          columns={parcelColumns}
          rowKey={(row) => `${row.certificateNo}-${row.tenure}`}
          filterable={false}
        />
      </section>
      <section className="card" aria-label={t('集群归属', 'Clusters')}>
        <h2>{t(`集群归属`, 'Clusters')}</h2>
        <DataTable
          rows={enterprise.clusters}
          columns={clusterColumns}
          rowKey={(row) => `${row.systemId}-${row.year}`}
          filterable={false}
        />
      </section>
    </div>
  );
}
