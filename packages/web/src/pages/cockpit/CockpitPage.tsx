/**
 * 驾驶舱 (/): the chosen period's and system's picture of the city's industry: headline figures that explain
 * themselves, the map of the reporting units, the clusters ranked, target progress and, for roles that read
 * them, the open warnings.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { AudiencePicker, useChosenAudience } from '../../components/AudiencePicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker, useChosenPeriod } from '../../components/PeriodPicker.tsx';
import { Empty, Loading } from '../../components/States.tsx';
import { SystemPicker, useChosenSystem } from '../../components/SystemPicker.tsx';
import { cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { clusterFiguresPath, unitFiguresPath } from './cockpit-reads.ts';
import type { ClusterStatisticsRow, UnitStatisticsRow } from './cockpit-types.ts';
import { ClusterRankingCard } from './ClusterRankingCard.tsx';
import { KpiCards } from './KpiCards.tsx';
import { preloadChartCode, preloadMapData } from './preload-map.ts';
import { TargetsCard } from './TargetsCard.tsx';
import { UnitMapCard } from './UnitMapCard.tsx';
import { WarningsSummaryCard } from './WarningsSummaryCard.tsx';
import './cockpit.css';

// The map's data loads with the cockpit's code, which main.tsx fetches beside the session check.
preloadMapData();

/** `action` once the browser has painted what is on screen now (a frame, then a task after it). */
const afterNextPaint = (action: () => void) => () => requestAnimationFrame(() => setTimeout(action, 0));

export default function CockpitPage(_props: PageProps) {
  const { t, name, language } = useLanguage();
  const { can } = useSession();
  const { period, loading } = useChosenPeriod();
  const { system, systems } = useChosenSystem();
  const { audience } = useChosenAudience();
  const chosen = systems.find((entry) => entry.id === system);
  const units = useApi<UnitStatisticsRow[]>(period ? unitFiguresPath(period, audience) : null);
  const clusters = useApi<ClusterStatisticsRow[]>(
    period && system ? clusterFiguresPath(system, period, audience) : null,
  );
  // The chart code runs once the figures have been asked for (this effect runs after the cards' reads start).
  const figuresAsked = period !== null;
  useEffect(() => {
    if (figuresAsked) preloadChartCode();
  }, [figuresAsked]);
  // The map is drawn and painted first; the ranking and the cards below follow (or at once when there is no map).
  const [mapDrawn, setMapDrawn] = useState(false);
  const mapSettled = mapDrawn || units.status === 'error' || (units.status === 'ready' && units.data.length === 0);

  const header = (
    <PageHeader
      title={t('驾驶舱', 'Cockpit')}
      subtitle={period ? `${cumulativePeriod(period, language)}${chosen ? ` · ${name(chosen.name)}` : ''}` : undefined}
    >
      <SystemPicker />
      <PeriodPicker />
      <AudiencePicker />
    </PageHeader>
  );
  if (period === null)
    return (
      <>
        {header}
        {loading ? <Loading /> : <Empty message={t('尚无统计数据', 'No statistics yet')} />}
      </>
    );

  return (
    <>
      {header}
      {chosen?.illustrative === true && (
        <p className="cockpit-notice">
          {t(
            '本体系为示例口径（非官方名单），仅供演示计算。',
            'This system is illustrative (not an official list); for demonstration only.',
          )}
        </p>
      )}
      <KpiCards period={period} system={system} systemName={chosen ? name(chosen.name) : ''} audience={audience} />
      <div className="cockpit-main">
        <UnitMapCard state={units} onDrawn={afterNextPaint(() => setMapDrawn(true))} />
        {system && <ClusterRankingCard system={system} period={period} state={clusters} held={!mapSettled} />}
      </div>
      {/* Below the fold: asked for once the map is drawn, so that they do not queue before its figures. */}
      {mapSettled && (
        <div className="cockpit-lower">
          {system && <TargetsCard system={system} year={Number(period.slice(0, 4))} />}
          {can('warning.read') && <WarningsSummaryCard />}
        </div>
      )}
    </>
  );
}
