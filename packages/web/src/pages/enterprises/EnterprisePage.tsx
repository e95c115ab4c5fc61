/**
 * One enterprise: names over time, years, land parcels, clusters, and its latest evaluation class with a link to
 * the explanation. Another county's enterprise is refused by the server (403): the page says so with the server's
 * message and shows nothing of the enterprise.
 */
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ErrorState, Loading } from '../../components/States.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { EnterpriseDetailView } from './EnterpriseDetailView.tsx';
import { EnterpriseRefusal } from './EnterpriseRefusal.tsx';
import type { EnterpriseDetail } from './enterprise-types.ts';
import { LatestEvaluation } from './LatestEvaluation.tsx';
import '../evaluation/evaluation.css';

export default function EnterprisePage({ params }: PageProps) {
  const { t } = useLanguage();
  const { can } = useSession();
  const unitName = useUnitName();
  const uscc = params.uscc ?? '';
  const state = useApi<EnterpriseDetail>(`/api/enterprises/${encodeURIComponent(uscc)}`);
  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/enterprises">{t('企业', 'Enterprises')}</Link> ›
    </p>
  );
  if (state.status === 'error') {
    return (
      <>
        {breadcrumb}
        {state.error.status === 403 ? (
          <EnterpriseRefusal message={state.error.message} />
        ) : (
          <ErrorState message={state.error.message} onRetry={state.reload} />
        )}
      </>
    );
  }
  if (state.data === null) return <Loading />;
  const enterprise = state.data;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={enterprise.name ?? enterprise.uscc}
        subtitle={`${enterprise.uscc} · ${unitName(enterprise.reportingUnit)}`}
      />
      <div className="stack">
        {can('evaluation.read') && <LatestEvaluation uscc={enterprise.uscc} />}
        <EnterpriseDetailView enterprise={enterprise} />
      </div>
    </>
  );
}
