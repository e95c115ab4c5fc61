/**
 * The system's clusters ranked by 1–N月 value (horizontal bars, growth in the label); a bar opens the cluster's
 * page for the same period. While `held`, the card keeps the chart's place empty: the cockpit draws the ranking
 * after the map, so that the two charts do not hold up each other's first picture.
 */
import { useMemo } from 'react';
import { navigate } from '../../app/router.tsx';
import { EChart, type ChartClick } from '../../charts/EChart.tsx';
import { rankingBarOption, type RankingBarDatum } from '../../charts/options/ranking-bar.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import type { ClusterStatisticsRow } from './cockpit-types.ts';

function ClusterRanking({
  system,
  period,
  rows,
  held,
}: {
  system: string;
  period: string;
  rows: ClusterStatisticsRow[];
  held: boolean;
}) {
  const { t, language } = useLanguage();
  const option = useMemo(() => rankingBarOption(rows, language), [rows, language]);
  const bars = rows.filter((row) => row.depth === 0).length;
  const height = Math.max(160, bars * 32 + 24);
  const open = (click: ChartClick) => {
    const id = (click.data as RankingBarDatum | null)?.id;
    if (id)
      navigate(
        `/clusters/${encodeURIComponent(system)}/${encodeURIComponent(id)}?period=${encodeURIComponent(period)}`,
      );
  };
  return (
    <section className="card cockpit-ranking" aria-labelledby="cockpit-ranking-title">
      <h2 id="cockpit-ranking-title">{t('集群排名（1–N月产值）', 'Clusters ranked by year-to-date output')}</h2>
      {held ? (
        <div className="chart" style={{ height }} aria-busy="true" />
      ) : (
        <EChart
          option={option}
          height={height}
          onClick={open}
          ariaLabel={t('集群产值排名', 'Cluster ranking by output')}
        />
      )}
      <p className="muted map-note">{t('点击条形查看集群详情。', 'Click a bar to open the cluster.')}</p>
    </section>
  );
}

/** The ranking card, or a card with the loading, empty or error state of the clusters' figures. */
export function ClusterRankingCard({
  system,
  period,
  state,
  held = false,
}: {
  system: string;
  period: string;
  state: ApiState<ClusterStatisticsRow[]> & { reload: () => void };
  held?: boolean;
}) {
  const { t } = useLanguage();
  if (state.status === 'ready' && state.data.length > 0)
    return <ClusterRanking system={system} period={period} rows={state.data} held={held} />;
  return (
    <section className="card cockpit-ranking" aria-label={t('集群排名', 'Cluster ranking')}>
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('该体系本期无集群数据', 'No cluster figures for this system and period')}
      >
        {(rows) => <ClusterRanking system={system} period={period} rows={rows} held={held} />}
      </ApiView>
    </section>
  );
}
