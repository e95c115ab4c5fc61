/**
 * 预警中心 (/warnings): the warnings (red first) with filters kept in the address, the last run, handling one
 * warning (acknowledge, close with a note), running the rules for a month, and the rule set.
 */
import { useMemo, useState } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { RunWarningsForm } from './RunWarningsForm.tsx';
import { useWarningFilters, WarningFilters } from './WarningFilters.tsx';
import { WarningHandling } from './WarningHandling.tsx';
import { shortTime } from './warning-labels.ts';
import { WarningRules } from './WarningRules.tsx';
import { WarningTable } from './WarningTable.tsx';
import type { ReportingUnit, Warning, WarningList } from './warning-types.ts';
import './warnings.css';

export default function WarningsPage(_props: PageProps) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const filters = useWarningFilters();
  const state = useApi<WarningList>(
    apiPath('/api/warnings', {
      severity: filters.severity,
      status: filters.status,
      unit: filters.unit,
      limit: 1000,
    }),
  );
  const units = useApi<ReportingUnit[]>('/api/reporting-units');
  const [openId, setOpenId] = useState<number | null>(null);
  const unitName = useMemo(() => {
    const byId = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
    return (id: string | null) => (id === null ? '—' : byId.has(id) ? name(byId.get(id)) : id);
  }, [units.data, name]);
  const open = state.data?.warnings.find((warning) => warning.id === openId) ?? null;
  const changed = (_warning: Warning) => state.reload();
  const filtered = Object.values(filters).some((value) => value !== '');

  return (
    <div className="page warnings-page">
      <PageHeader
        title={t('预警中心', 'Warnings')}
        subtitle={
          state.data?.lastRun
            ? t(
                `最近运行：${shortTime(state.data.lastRun.at)}（${state.data.lastRun.actor}）`,
                `Last run: ${shortTime(state.data.lastRun.at)} (${state.data.lastRun.actor})`,
              )
            : t('预警规则尚未运行', 'The rules have not run yet')
        }
      >
        {can('warning.run') && <RunWarningsForm onDone={state.reload} />}
      </PageHeader>
      <WarningFilters values={filters} units={units.data ?? []} />
      {open && <WarningHandling warning={open} onChanged={changed} onDismiss={() => setOpenId(null)} />}
      <ApiView state={state}>
        {(list) => {
          const shown = list.warnings.filter((warning) => !filters.kind || warning.kind === filters.kind);
          return shown.length === 0 ? (
            <div className="state empty" role="status">
              {filtered ? t('没有符合条件的预警', 'No warnings match') : t('暂无预警', 'No warnings')}
            </div>
          ) : (
            <WarningTable warnings={shown} unitName={unitName} onOpen={(warning) => setOpenId(warning.id)} />
          );
        }}
      </ApiView>
      <WarningRules />
    </div>
  );
}
