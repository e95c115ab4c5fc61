/**
 * The chosen system's targets (亩均税收 and the other 2025 targets, GET /api/statistics/targets as of the period's
 * year): measured value against target with a progress bar and the projection to the deadline; the targets
 * the platform cannot measure yet are listed folded, with the reason.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import {
  targetProgressRows,
  type TargetProgress,
  type TargetProgressRow,
} from '../../charts/options/target-progress.ts';
import { useLanguage } from '../../i18n/language.tsx';

function TargetLine({ row }: { row: TargetProgressRow }) {
  const { t } = useLanguage();
  return (
    <li className="target">
      <div className="target-head">
        <span className="target-name">{row.name}</span>
        <span className="target-figures">
          {row.measured} / {row.target}
          {row.barPercent !== null && <strong> · {row.progressText}</strong>}
        </span>
      </div>
      {row.barPercent !== null && (
        <div
          className={row.onTrack === false ? 'progress late' : 'progress'}
          role="progressbar"
          aria-label={row.name}
          aria-valuenow={row.barPercent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={{ width: `${row.barPercent}%` }} />
        </div>
      )}
      {(row.projection ?? row.pace ?? row.unavailable) && (
        <div className="target-note muted">
          {row.projection}
          {row.projection && row.onTrack !== null && (
            <span className={row.onTrack ? 'on-track' : 'off-track'}>
              {' '}
              ({row.onTrack ? t('可按期完成', 'on track') : t('需加快', 'behind')})
            </span>
          )}
          {row.pace && <> · {row.pace}</>}
          {row.unavailable && (
            <>
              {t('暂无实测值：', 'Not measured yet: ')}
              {row.unavailable}
            </>
          )}
        </div>
      )}
    </li>
  );
}

export function TargetsCard({ system, year }: { system: string; year: number }) {
  const { t, language } = useLanguage();
  const state = useApi<TargetProgress[]>(apiPath('/api/statistics/targets', { system, year }));
  return (
    <section className="card cockpit-targets" aria-labelledby="cockpit-targets-title">
      <h2 id="cockpit-targets-title">{t('目标进度', 'Targets')}</h2>
      <ApiView
        state={state}
        isEmpty={(targets) => targets.length === 0}
        emptyMessage={t('该体系未设定目标', 'This system has no targets')}
      >
        {(targets) => {
          const rows = targetProgressRows(targets, language);
          const measured = rows.filter((row) => row.barPercent !== null || row.headline);
          const pending = rows.filter((row) => !measured.includes(row));
          return (
            <>
              <ul className="targets">
                {measured.map((row) => (
                  <TargetLine key={row.id} row={row} />
                ))}
              </ul>
              {pending.length > 0 && (
                <details className="targets-pending">
                  <summary>
                    {t(`另有 ${pending.length} 项目标暂无实测值`, `${pending.length} more targets not measured yet`)}
                  </summary>
                  <ul className="targets">
                    {pending.map((row) => (
                      <TargetLine key={row.id} row={row} />
                    ))}
                  </ul>
                </details>
              )}
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
