/**
 * The results list of a run with filters (reporting unit, final class, industry prefix, name or USCC), opening an
 * enterprise's explanation, and the server's list.xlsx: the public list (公布名单, published runs) for every reader
 * and the full list for evaluation.export_full.
 */
import { useMemo, useState } from 'react';
import { apiDownload } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { decimal, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { classesIn } from './class-counts.ts';
import { ClassBadge, groupName, pick, RESULT_STATUS } from './evaluation-labels.tsx';
import type { EvaluationResultRow, EvaluationRunDetail } from './evaluation-types.ts';
import { useCityScope } from './use-city-scope.ts';
import { useEnterpriseIndustries } from './use-enterprise-industries.ts';
import { useUnitName } from './use-unit-names.ts';

const UNRATED = '__unrated';
const EXCLUDED = '__excluded';

export function RunResults({ run }: { run: EvaluationRunDetail }) {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const city = useCityScope();
  const unitName = useUnitName();
  const [unit, setUnit] = useState('');
  const [classFilter, setClassFilter] = useState('');
  const [industry, setIndustry] = useState('');
  const [search, setSearch] = useState('');
  const industries = useEnterpriseIndustries(run.year, can('enterprise.read'));
  const download = useApiCommand<void>();

  const units = useMemo(() => [...new Set(run.results.map((row) => row.reportingUnit))].sort(), [run.results]);
  const classes = useMemo(() => classesIn(run.results), [run.results]);
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return run.results.filter((row) => {
      if (unit && row.reportingUnit !== unit) return false;
      if (classFilter === UNRATED && row.status !== 'unrated') return false;
      if (classFilter === EXCLUDED && row.status !== 'excluded') return false;
      if (classFilter && classFilter !== UNRATED && classFilter !== EXCLUDED && row.finalClass !== classFilter)
        return false;
      if (industry && !(industries?.get(row.uscc) ?? '').startsWith(industry)) return false;
      if (needle && !row.uscc.toLowerCase().includes(needle) && !(row.name ?? '').toLowerCase().includes(needle))
        return false;
      return true;
    });
  }, [run.results, unit, classFilter, industry, search, industries]);

  const columns: Column<EvaluationResultRow>[] = [
    { key: 'rank', header: t('名次', 'Rank'), value: (row) => row.rank, align: 'right' },
    { key: 'name', header: t('企业名称', 'Enterprise'), value: (row) => row.name },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (row) => row.uscc },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnit) },
    { key: 'industry', header: t('行业', 'Industry'), value: (row) => industries?.get(row.uscc) ?? null },
    { key: 'group', header: t('评价组', 'Group'), value: (row) => groupName(row.groupId, language) },
    {
      key: 'total',
      header: t('综合得分', 'Score'),
      value: (row) => row.total,
      render: (row) => decimal(row.total),
      align: 'right',
    },
    {
      key: 'percentile',
      header: t('位次百分比', 'Percentile'),
      value: (row) => row.percentile,
      render: (row) => percent(row.percentile),
      align: 'right',
    },
    {
      key: 'initialClass',
      header: t('初评等级', 'Initial class'),
      value: (row) => row.initialClass,
      render: (row) => <ClassBadge value={row.initialClass} />,
      align: 'center',
    },
    {
      key: 'finalClass',
      header: t('调档后等级', 'Final class'),
      value: (row) => row.finalClass,
      render: (row) => <ClassBadge value={row.finalClass} />,
      align: 'center',
    },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (row) =>
        row.reason ? (language === 'zh' ? row.reason.zh : row.reason.en) : pick(RESULT_STATUS[row.status], language),
    },
  ];

  const exportList = (version: 'public' | 'full') =>
    void download.run(() =>
      apiDownload(
        `/api/evaluation/runs/${run.id}/list.xlsx?version=${version}`,
        `evaluation-${run.id}-${version}.xlsx`,
      ),
    );

  return (
    <section className="card" aria-label={t('评价结果', 'Results')}>
      <h2>{t('评价结果', 'Results')}</h2>
      <div className="filters">
        <label>
          {t('县（市、区）', 'Unit')}{' '}
          <select value={unit} onChange={(event) => setUnit(event.target.value)}>
            <option value="">{t('全部', 'All')}</option>
            {units.map((id) => (
              <option key={id} value={id}>
                {unitName(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('等级', 'Class')}{' '}
          <select value={classFilter} onChange={(event) => setClassFilter(event.target.value)}>
            <option value="">{t('全部', 'All')}</option>
            {classes.map((id) => (
              <option key={id} value={id}>
                {t(`${id}类`, `Class ${id}`)}
              </option>
            ))}
            <option value={UNRATED}>{t('不定等级', 'Unrated')}</option>
            <option value={EXCLUDED}>{t('不参评', 'Excluded')}</option>
          </select>
        </label>
        <label>
          {t('行业代码', 'Industry code')}{' '}
          <input
            value={industry}
            onChange={(event) => setIndustry(event.target.value.replace(/\D/g, '').slice(0, 4))}
            placeholder={t('如 26', 'e.g. 26')}
            className="narrow-input"
            inputMode="numeric"
            disabled={industries === null}
          />
        </label>
        <label>
          {t('企业名称或信用代码', 'Name or USCC')}{' '}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
      </div>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(row) => row.uscc}
        filterable={false}
        initialSort={{ key: 'rank', direction: 'asc' }}
        onRowOpen={(row) => navigate(`/evaluation/runs/${run.id}/enterprises/${encodeURIComponent(row.uscc)}`)}
        toolbar={
          <>
            {run.status === 'published' && (
              <button type="button" disabled={download.busy} onClick={() => exportList('public')}>
                {t('导出公布名单', 'Download the published list')}
              </button>
            )}
            {can('evaluation.export_full') && city && (
              <button type="button" disabled={download.busy} onClick={() => exportList('full')}>
                {t('导出完整清单', 'Download the full list')}
              </button>
            )}
            {download.error && (
              <span role="alert" className="error-text">
                {download.error}
              </span>
            )}
          </>
        }
      />
    </section>
  );
}
