/**
 * 本企业 (/my, enterprise accounts): the enterprise's own record and stored figures, its results in published
 * evaluation runs with appeals, and its data-correction requests. The USCC is the account's scope; the server
 * refuses any other enterprise anyway.
 */
import { useState } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty } from '../../components/States.tsx';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { OwnCorrections } from './OwnCorrections.tsx';
import { OwnEvaluations } from './OwnEvaluations.tsx';
import { observationsPath, OwnFigures } from './OwnFigures.tsx';
import { OwnProfile } from './OwnProfile.tsx';
import type { CorrectionRequest, OwnEnterprise, OwnObservation } from './self-service-types.ts';
import './self-service.css';

export default function MyEnterprisePage(_props: PageProps) {
  const me = useMe();
  const { t } = useLanguage();
  if (me.scope.kind !== 'enterprise')
    return <Empty message={t('此页面仅供企业账号使用', 'This page is for enterprise accounts')} />;
  return <OwnEnterprisePage uscc={me.scope.uscc} />;
}

function OwnEnterprisePage({ uscc }: { uscc: string }) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const enterprise = useApi<OwnEnterprise>(`/api/enterprises/${encodeURIComponent(uscc)}`);
  const units = useApi<{ id: string; name: Bilingual }[]>('/api/reporting-units');
  const years = [...new Set((enterprise.data?.years ?? []).map((entry) => entry.year))].sort((a, b) => b - a);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? years[0] ?? null;
  const figures = useApi<{ observations: OwnObservation[] }>(year === null ? null : observationsPath(uscc, year));
  const corrections = useApi<CorrectionRequest[]>(apiPath('/api/corrections', { uscc }));
  return (
    <div className="page my-enterprise">
      <PageHeader
        title={t('本企业', 'My enterprise')}
        subtitle={t(
          '本企业的数据、评价结果与申请；数据有误可申请更正，评价结果可在申诉期内申诉。',
          'Our data, evaluation results and requests: ask for a correction of wrong data, appeal a result within the window.',
        )}
      />
      <ApiView state={enterprise}>
        {(data) => {
          const unit = units.data?.find((candidate) => candidate.id === data.reportingUnit);
          return (
            <>
              <OwnProfile enterprise={data} unitName={unit ? name(unit.name) : data.reportingUnit} />
              {year !== null && <OwnFigures state={figures} year={year} years={years} onYear={setChosenYear} />}
            </>
          );
        }}
      </ApiView>
      <OwnEvaluations uscc={uscc} />
      {can('correction.file') && figures.data && (
        <CorrectionForm uscc={uscc} observations={figures.data.observations} onFiled={corrections.reload} />
      )}
      <OwnCorrections state={corrections} />
    </div>
  );
}
