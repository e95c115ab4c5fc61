/**
 * The cluster's member enterprises the person may see (enterprise.read; the server limits a county to its own
 * unit's firms): name, USCC, reporting unit and industry code; a row opens the enterprise.
 */
import { useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import { useMe } from '../../session/session-context.tsx';
import type { RegistryCatalogueEntry } from './registry-types.ts';
import { useClusterMembers, type EnterpriseSummary } from './use-cluster-members.ts';

interface ReportingUnit {
  id: string;
  name: Bilingual;
}

export function ClusterMembersCard({
  catalogue,
  year,
  cluster,
}: {
  catalogue: RegistryCatalogueEntry[];
  year: number;
  cluster: string;
}) {
  const { t, name } = useLanguage();
  const me = useMe();
  const codes = useMemo(
    () =>
      catalogue
        .filter((entry) => (entry.validFrom ?? 0) <= year && (entry.validTo ?? 9999) >= year)
        .map((entry) => entry.code)
        .filter((code) => /^\d{2,4}$/.test(code)),
    [catalogue, year],
  );
  const members = useClusterMembers(codes, year);
  const units = useApi<ReportingUnit[]>('/api/reporting-units');
  const unitNames = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.id, name(unit.name)])),
    [units.data, name],
  );
  const columns: Column<EnterpriseSummary>[] = [
    { key: 'name', header: t('企业名称', 'Enterprise'), value: (row) => row.name },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (row) => row.uscc },
    {
      key: 'unit',
      header: t('县（市、区）', 'Reporting unit'),
      value: (row) => unitNames.get(row.reportingUnit) ?? row.reportingUnit,
    },
    { key: 'industry', header: t('行业代码', 'Industry code'), value: (row) => row.industryCode },
  ];
  return (
    <section className="card section" aria-label={t('成员企业', 'Member enterprises')}>
      <h2>{t('成员企业', 'Member enterprises')}</h2>
      <p className="muted">
        {me.scope.kind === 'unit'
          ? t('仅显示本县（市、区）的规上企业。', 'Only your own unit’s above-scale firms are shown.')
          : t(
              `${year}年规上企业，按行业目录匹配。`,
              `Above-scale firms of ${year}, matched by the industry catalogue.`,
            )}{' '}
        {t(
          '部分覆盖的行业代码和人工调整的归属未区分。',
          'Partial-coverage codes and manual assignments are not told apart.',
        )}
      </p>
      <ApiView
        state={members}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('没有可查看的成员企业', 'No member enterprises you may see')}
      >
        {(rows) => (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(row) => row.uscc}
            exportName={`集群成员企业_${cluster}_${year}`}
            initialSort={{ key: 'name', direction: 'asc' }}
            onRowOpen={(row) => navigate(`/enterprises/${encodeURIComponent(row.uscc)}`)}
            pageSize={50}
          />
        )}
      </ApiView>
    </section>
  );
}
