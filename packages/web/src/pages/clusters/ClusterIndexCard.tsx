/**
 * The cluster development index (产业集群发展指数) of the period for this cluster: score, rank among the clusters
 * the definition covers with its 5–95 % rank interval (weights ±25 % and two normalisations, 300 runs), and the
 * dimension scores (GET /api/index/clusters). Shown only to roles with index.read
 * and full access (the server computes it from unprotected aggregates); the page hides the card otherwise.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { count, MISSING_MARK } from '../../format/display.ts';
import { formatDecimal } from '@observatory/core/format';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';

interface IndexResult {
  definition: { id: string; version: number; name: Bilingual; system: string };
  period: string;
  clusters: {
    cluster: string;
    index: number | null;
    rank: number | null;
    rankInterval: { low: number; high: number; meanRank: number; runs: number } | null;
    dimensions: { id: string; score: number | null; rank: number | null }[];
  }[];
}

const DIMENSIONS: Record<string, Bilingual> = {
  scale: { zh: '规模', en: 'Scale' },
  growth: { zh: '增长', en: 'Growth' },
  efficiency: { zh: '效益', en: 'Efficiency' },
  innovation: { zh: '创新', en: 'Innovation' },
  quality: { zh: '质量', en: 'Quality' },
  green: { zh: '绿色', en: 'Green' },
  openness: { zh: '开放', en: 'Openness' },
  investment: { zh: '投资', en: 'Investment' },
};

const score = (value: number | null) => (value === null ? MISSING_MARK : formatDecimal(value, 1));

export function ClusterIndexCard({ cluster, period }: { cluster: string; period: string }) {
  const { t, name } = useLanguage();
  const state = useApi<IndexResult>(apiPath('/api/index/clusters', { period }));
  return (
    <section className="card section" aria-label={t('集群发展指数', 'Cluster index')}>
      <h2>{t('集群发展指数', 'Cluster development index')}</h2>
      <ApiView state={state}>
        {(result) => {
          const own = result.clusters.find((entry) => entry.cluster === cluster);
          if (!own)
            return (
              <p className="muted">
                {t(
                  `${result.definition.name.zh}不覆盖本集群。`,
                  `${result.definition.name.en} does not cover this cluster.`,
                )}
              </p>
            );
          const ranked = result.clusters.filter((entry) => entry.rank !== null).length;
          return (
            <>
              <div className="kpis">
                <div className="kpi">
                  <div className="label">{name(result.definition.name)}</div>
                  <div className="value">{score(own.index)}</div>
                  <div className="sub">
                    {t(
                      `定义 ${result.definition.id} 第 ${result.definition.version} 版`,
                      `definition ${result.definition.id} v${result.definition.version}`,
                    )}
                  </div>
                </div>
                <div className="kpi">
                  <div className="label">{t('位次', 'Rank')}</div>
                  <div className="value">
                    {own.rank === null ? MISSING_MARK : `${count(own.rank)} / ${count(ranked)}`}
                  </div>
                  <div
                    className="sub"
                    title={t(
                      '权重上下浮动 25%、两种标准化方法，300 次重算中 5%–95% 的位次范围',
                      '5–95 % of the ranks over 300 reruns with weights ±25 % and two normalisations',
                    )}
                  >
                    {own.rankInterval === null
                      ? t('位次区间：无法计算', 'Rank interval: not available')
                      : own.rankInterval.low === own.rankInterval.high
                        ? t(
                            `位次稳定（${count(own.rankInterval.low)}）`,
                            `Rank stable (${count(own.rankInterval.low)})`,
                          )
                        : t(
                            `位次区间 ${count(own.rankInterval.low)}–${count(own.rankInterval.high)}`,
                            `Rank interval ${count(own.rankInterval.low)}–${count(own.rankInterval.high)}`,
                          )}
                  </div>
                </div>
              </div>
              <div className="table-scroll">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('维度', 'Dimension')}</th>
                      <th scope="col" className="right">
                        {t('得分', 'Score')}
                      </th>
                      <th scope="col" className="right">
                        {t('位次', 'Rank')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {own.dimensions.map((dimension) => (
                      <tr key={dimension.id}>
                        <td>{DIMENSIONS[dimension.id] ? name(DIMENSIONS[dimension.id]) : dimension.id}</td>
                        <td className="right">{score(dimension.score)}</td>
                        <td className="right">{dimension.rank === null ? MISSING_MARK : count(dimension.rank)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
