/**
 * The registry cluster a list's 所属集群 text names: the cluster whose Chinese name is the text (with or
 * without 产业集群 / 集群 at the end, width and spaces ignored); where several systems share the name, a
 * top-level cluster wins; still several, or none: unresolved (null), and the text stays as given.
 */
import { toHalfWidth } from '@observatory/core';

export interface NamedCluster {
  id: string;
  name_zh: string;
  parent_id: string | null;
}

const SUFFIX = /(产业集群|集群|产业)$/u;
const key = (text: string) =>
  toHalfWidth(text)
    .replace(/[\s"“”]/gu, '')
    .replace(SUFFIX, '');

export function clusterNameResolver(clusters: readonly NamedCluster[]): (text: string) => string | null {
  const byKey = new Map<string, NamedCluster[]>();
  for (const cluster of clusters) {
    const name = key(cluster.name_zh);
    if (name === '') continue;
    byKey.set(name, [...(byKey.get(name) ?? []), cluster]);
  }
  return (text) => {
    const candidates = byKey.get(key(text)) ?? [];
    if (candidates.length === 1) return candidates[0]!.id;
    const top = candidates.filter((cluster) => cluster.parent_id === null);
    return top.length === 1 ? top[0]!.id : null;
  };
}
