/**
 * 候选: the firms the year's published evaluation and the data rules find, with their reasons; those without a case
 * get an "立案" button for holders of register.write (the server checks the unit), those with one a link to it.
 */
import { useState } from 'react';
import { apiPath, apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { decimal } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import type { Candidate, Candidates, RectificationCase } from './rectification-types.ts';

function OpenCaseButton({ candidate, year }: { candidate: Candidate; year: number }) {
  const { t } = useLanguage();
  const command = useApiCommand<RectificationCase>();
  const [opened, setOpened] = useState<number | null>(null);
  const open = async () => {
    const created = await command.run(() =>
      apiSend<RectificationCase>('POST', '/api/rectification/cases', {
        uscc: candidate.uscc,
        year,
        origin: candidate.evaluation ? 'evaluation' : 'data_rule',
      }),
    );
    if (created) {
      setOpened(created.id);
      navigate(`/rectification/${created.id}`);
    }
  };
  if (opened !== null) return <Link to={`/rectification/${opened}`}>#{opened}</Link>;
  return (
    <>
      <button
        type="button"
        disabled={command.busy}
        onClick={() => void open()}
        aria-label={t(`立案：${candidate.name}`, `Open a case: ${candidate.name}`)}
      >
        {t('立案', 'Open case')}
      </button>
      {command.error && (
        <div className="state error" role="alert">
          {command.error}
        </div>
      )}
    </>
  );
}

export function CandidatesView({ year }: { year: number }) {
  const { t, name } = useLanguage();
  const unitName = useUnitName();
  const mayWrite = useSession().can('register.write');
  const state = useApi<Candidates>(apiPath('/api/rectification/candidates', { year }));
  const reasons = (row: Candidate) =>
    [...new Set([...(row.evaluation ?? []).map((r) => name(r.text)), ...row.dataRules.map((r) => name(r.text))])].join(
      '；',
    );
  const columns: Column<Candidate>[] = [
    { key: 'name', header: t('企业', 'Enterprise'), value: (row) => row.name },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnitId) },
    { key: 'reasons', header: t('问题', 'Findings'), value: reasons },
    {
      key: 'land',
      header: t('用地（亩）', 'Land (亩)'),
      value: (row) => row.landMu,
      render: (row) => decimal(row.landMu),
      align: 'right',
    },
    {
      key: 'case',
      header: t('案件', 'Case'),
      value: (row) => row.caseId,
      render: (row) =>
        row.caseId !== null ? (
          <Link to={`/rectification/${row.caseId}`}>#{row.caseId}</Link>
        ) : mayWrite ? (
          <OpenCaseButton candidate={row} year={year} />
        ) : (
          t('未立案', 'No case')
        ),
      exportValue: (row) => row.caseId,
    },
  ];
  return (
    <ApiView
      state={state}
      isEmpty={(found) => found.candidates.length === 0}
      emptyMessage={t('没有整治候选', 'No candidates')}
    >
      {(found) => (
        <>
          <div className="muted">
            {found.runId === null
              ? t('本年度尚无已发布的亩均评价，仅按数据规则筛选', 'No published evaluation this year: data rules only')
              : t(`亩均评价批次 #${found.runId} 与数据规则`, `Evaluation run #${found.runId} and the data rules`)}
          </div>
          <DataTable
            caption={t('整治候选企业', 'Rectification candidates')}
            rows={found.candidates}
            columns={columns}
            rowKey={(row) => row.uscc}
            exportName={`整治候选-${year}`}
          />
        </>
      )}
    </ApiView>
  );
}
