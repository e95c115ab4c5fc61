/**
 * Open warnings at a glance (GET /api/warnings?status=open): counts by severity, the five newest, a link to the
 * warnings centre, and the run button for roles that may run the rules. Shown only to roles with warning.read.
 */
import { apiSend } from '../../api/client.ts';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import type { WarningList, WarningSeverity } from './cockpit-types.ts';

const SEVERITIES: { value: WarningSeverity; zh: string; en: string }[] = [
  { value: 'red', zh: '红色', en: 'Red' },
  { value: 'orange', zh: '橙色', en: 'Orange' },
  { value: 'yellow', zh: '黄色', en: 'Yellow' },
];

export function WarningsSummaryCard() {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const state = useApi<WarningList>(apiPath('/api/warnings', { status: 'open', limit: 1000 }));
  const run = useApiCommand<unknown>();
  const runWarnings = async () => {
    if ((await run.run(() => apiSend('POST', '/api/warnings/run', {}))) !== null) state.reload();
  };
  return (
    <section className="card cockpit-warnings" aria-labelledby="cockpit-warnings-title">
      <div className="card-head">
        <h2 id="cockpit-warnings-title">{t('预警概览', 'Warnings')}</h2>
        <Link to="/warnings">{t('进入预警中心', 'Open the warnings centre')}</Link>
      </div>
      <ApiView state={state}>
        {(list) => {
          const newest = [...list.warnings].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, 5);
          return (
            <>
              <div className="severity-counts">
                {SEVERITIES.map((severity) => (
                  <span key={severity.value} className={`badge ${severity.value}`}>
                    {t(severity.zh, severity.en)}{' '}
                    {count(list.warnings.filter((w) => w.severity === severity.value).length)}
                  </span>
                ))}
              </div>
              {newest.length === 0 ? (
                <p className="muted">{t('当前没有未处理的预警。', 'No open warnings.')}</p>
              ) : (
                <ul className="warning-list">
                  {newest.map((warning) => (
                    <li key={warning.id}>
                      <span className={`badge ${warning.severity}`}>
                        {t(
                          SEVERITIES.find((s) => s.value === warning.severity)!.zh,
                          SEVERITIES.find((s) => s.value === warning.severity)!.en,
                        )}
                      </span>{' '}
                      <strong>{name(warning.subject.name)}</strong> {name(warning.message)}
                    </li>
                  ))}
                </ul>
              )}
              {list.lastRun === null && (
                <p className="muted">{t('预警规则尚未运行。', 'The warning rules have not been run yet.')}</p>
              )}
            </>
          );
        }}
      </ApiView>
      {can('warning.run') && (
        <div className="card-actions">
          <button type="button" onClick={() => void runWarnings()} disabled={run.busy}>
            {run.busy ? t('运行中…', 'Running…') : t('运行预警规则', 'Run the warning rules')}
          </button>
          {run.error && (
            <span className="command-error" role="alert">
              {run.error}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
