/**
 * The chain register's answer to `count:signature_industry_chains` (the policy's 4 特色优势产业链: 差别化纤, 时尚纺织,
 * 化工新材料, 光伏新能源): the chains in force whose cluster belongs to the target's system (`system/cluster`) and
 * whose source names them as 特色优势产业链 — a chain counts once its map (links and enterprises) is kept. A
 * cluster's target counts the chains of that cluster or its sub-clusters. Chains are counted as now loaded; their
 * definitions carry no year.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import type { RegisterMeasureProvider } from '../targets/register-measure.ts';
import { listCurrentChains } from './current-chains.ts';

export const SIGNATURE_CHAIN_MARK = '特色优势产业链';

async function signatureChains(db: Kysely<DatabaseSchema>, systemId: string, clusterId: string | null) {
  const chains = await listCurrentChains(db);
  const clusters = await listClusters(db, systemId);
  const parentOf = new Map(clusters.map((cluster) => [cluster.id, cluster.parent_id]));
  const within = (id: string) => {
    if (clusterId === null) return true;
    for (let current: string | null | undefined = id, step = 0; current && step < 20; step += 1) {
      if (current === clusterId) return true;
      current = parentOf.get(current);
    }
    return false;
  };
  return chains.filter(({ chain }) => {
    const [system, cluster] = (chain.cluster ?? '').split('/');
    return (
      system === systemId && cluster !== undefined && within(cluster) && chain.source.includes(SIGNATURE_CHAIN_MARK)
    );
  });
}

export const chainTargetMeasures: RegisterMeasureProvider[] = [
  {
    measure: 'count:signature_industry_chains',
    async measureValue(db, query) {
      const chains = await signatureChains(db, query.systemId, query.clusterId);
      return {
        value: chains.length,
        year: query.asOfYear,
        basis: {
          zh: `已建图谱的特色优势产业链（${chains.map(({ chain }) => chain.name.zh).join('、') || '无'}）`,
          en: `signature industry chains with a chain map (${chains.map(({ chain }) => chain.name.en).join(', ') || 'none'})`,
        },
      };
    },
  },
];
