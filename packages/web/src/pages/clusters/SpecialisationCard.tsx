/**
 * How specialised the reporting units are in the cluster (GET /api/statistics/specialisation): each unit's location
 * quotient (LQ > 1: more specialised than the city), the cluster's spatial concentration (Herfindahl over units)
 * and, for full access, its firm concentration (top-1 and top-4 shares). Computed for the system's top-level
 * clusters only; a sub-direction says so.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { count, MISSING_MARK, percent } from '../../format/display.ts';
import { formatDecimal } from '@observatory/core/format';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';

interface Specialisation {
  clusters: { id: string; name: Bilingual }[];
  units: { id: string; name: Bilingual; locationQuotients: (number | null)[]; krugman: number | null }[];
  spatialHerfindahl: (number | null)[];
  firmConcentration:
    { firms: number; top1Share: number | null; top4Share: number | null; herfindahl: number | null }[] | null;
}

const ratio = (value: number | null | undefined) =>
  value === null || value === undefined ? MISSING_MARK : formatDecimal(value, 2);

export function SpecialisationCard({
  system,
  cluster,
  period,
  audience,
}: {
  system: string;
  cluster: string;
  period: string;
  audience: string;
}) {
  const { t, name } = useLanguage();
  const state = useApi<Specialisation>(apiPath('/api/statistics/specialisation', { system, period, audience }));
  return (
    <section className="card section" aria-label={t('专业化与集中度', 'Specialisation and concentration')}>
      <h2>{t('专业化与集中度', 'Specialisation and concentration')}</h2>
      <ApiView state={state}>
        {(data) => {
          const index = data.clusters.findIndex((entry) => entry.id === cluster);
          if (index < 0)
            return (
              <p className="muted">
                {t('专业化指标只对体系的一级集群计算。', 'Specialisation is computed for the top-level clusters only.')}
              </p>
            );
          const firms = data.firmConcentration?.[index] ?? null;
          const rows = data.units.map((unit) => ({
            id: unit.id,
            name: unit.name,
            lq: unit.locationQuotients[index] ?? null,
          }));
          return (
            <>
              <dl className="cluster-facts">
                <dt>{t('空间集中度（HHI）', 'Spatial concentration (HHI)')}</dt>
                <dd>{ratio(data.spatialHerfindahl[index])}</dd>
                {firms ? (
                  <>
                    <dt>{t('企业集中度', 'Firm concentration')}</dt>
                    <dd>
                      {t(
                        `${count(firms.firms)} 家；最大 1 家占 ${percent(firms.top1Share)}，前 4 家占 ${percent(firms.top4Share)}；HHI ${ratio(firms.herfindahl)}`,
                        `${count(firms.firms)} firms; largest ${percent(firms.top1Share)}, top 4 ${percent(firms.top4Share)}; HHI ${ratio(firms.herfindahl)}`,
                      )}
                    </dd>
                  </>
                ) : (
                  <>
                    <dt>{t('企业集中度', 'Firm concentration')}</dt>
                    <dd className="muted">{t('仅全量口径提供', 'full view only')}</dd>
                  </>
                )}
              </dl>
              <DataTable
                rows={rows}
                columns={[
                  { key: 'unit', header: t('县（市、区）', 'Reporting unit'), value: (row) => name(row.name) },
                  {
                    key: 'lq',
                    header: t('区位商 LQ', 'Location quotient'),
                    value: (row) => row.lq,
                    render: (row) => ratio(row.lq),
                    align: 'right',
                  },
                ]}
                rowKey={(row) => row.id}
                filterable={false}
                initialSort={{ key: 'lq', direction: 'desc' }}
              />
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
