/**
 * Enterprises for bureau staff: filters (unit, 规上, industry, name or USCC; `?unit=` preselects a unit) and the
 * list, which the server narrows to the caller's county; a row opens the enterprise.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe } from '../../session/session-context.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { EnterpriseFilters } from './EnterpriseFilters.tsx';
import type { EnterpriseSummary } from './enterprise-types.ts';
import '../evaluation/evaluation.css';

const LIMIT = 1000;

export default function EnterpriseListPage(_props: PageProps) {
  const { t } = useLanguage();
  const me = useMe();
  const { query } = useLocation();
  const unitName = useUnitName();
  const values = {
    unit: query.get('unit') ?? '',
    above: query.get('above') ?? '',
    industry: query.get('industry') ?? '',
    q: query.get('q') ?? '',
  };
  const ownUnit = me.scope.kind === 'unit' ? me.scope.reportingUnitId : null;
  const state = useApi<EnterpriseSummary[]>(
    apiPath('/api/enterprises', {
      unit: values.unit,
      aboveScale: values.above,
      industry: /^\d{2,4}$/.test(values.industry) ? values.industry : null,
      q: values.q,
      limit: LIMIT,
    }),
  );
  const yesNo = (value: boolean | null) => (value === null ? null : value ? t('是', 'yes') : t('否', 'no'));
  const columns: Column<EnterpriseSummary>[] = [
    { key: 'name', header: t('企业名称', 'Enterprise'), value: (row) => row.name },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (row) => row.uscc },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnit) },
    { key: 'industry', header: t('行业代码', 'Industry'), value: (row) => row.industryCode },
    { key: 'above', header: t('规上', 'Above scale'), value: (row) => yesNo(row.aboveScale), align: 'center' },
    { key: 'production', header: t('在产', 'Producing'), value: (row) => yesNo(row.inProduction), align: 'center' },
    { key: 'year', header: t('年度', 'Year'), value: (row) => row.year, align: 'right' },
    { key: 'warning', header: t('代码提示', 'USCC note'), value: (row) => row.usccWarning },
  ];
  return (
    <>
      <PageHeader
        title={t('企业', 'Enterprises')}
        subtitle={
          ownUnit
            ? t(`仅显示本县（市、区）：${unitName(ownUnit)}`, `Your unit only: ${unitName(ownUnit)}`)
            : t('全市工业企业（按最新年度属性）', 'Industrial enterprises of the city (latest year)')
        }
      />
      <EnterpriseFilters values={values} unitChoice={me.scope.kind === 'city'} />
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('没有符合条件的企业', 'No enterprise matches')}
      >
        {(rows) => (
          <>
            {rows.length === LIMIT && (
              <p className="muted">
                {t(`只显示前 ${LIMIT} 家，请缩小筛选范围。`, `Only the first ${LIMIT} are shown: narrow the filters.`)}
              </p>
            )}
            <DataTable
              rows={rows}
              columns={columns}
              rowKey={(row) => row.uscc}
              caption={t('企业名录', 'Enterprises')}
              exportName="enterprises"
              onRowOpen={(row) => navigate(`/enterprises/${encodeURIComponent(row.uscc)}`)}
            />
          </>
        )}
      </ApiView>
    </>
  );
}
