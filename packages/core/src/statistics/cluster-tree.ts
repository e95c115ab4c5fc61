/**
 * A cluster system's tree (cluster → sub-directions) for statistics: registry order with depths, and the
 * roll-up of leaf cells (each enterprise in its most specific cluster) into every cluster above it. Cells of
 * different clusters hold different enterprises, so a parent is the exact merge of its own and its
 * descendants' cells.
 */
import { EMPTY_CELL, mergeCells, type AggregateCell } from './aggregate-cell.ts';

export interface ClusterNode {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

export interface OrderedCluster {
  id: string;
  parentId: string | null;
  depth: number;
}

/** Depth-first in registry order: each cluster followed by its sub-directions. */
export function orderClusterTree(clusters: readonly ClusterNode[]): OrderedCluster[] {
  const known = new Set(clusters.map((cluster) => cluster.id));
  const children = new Map<string | null, ClusterNode[]>();
  for (const cluster of clusters) {
    const parent = cluster.parentId !== null && known.has(cluster.parentId) ? cluster.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), cluster]);
  }
  const ordered: OrderedCluster[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const level = [...(children.get(parentId) ?? [])].sort(
      (a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id),
    );
    for (const cluster of level) {
      ordered.push({ id: cluster.id, parentId, depth });
      visit(cluster.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** Every cluster with itself and all clusters below it. */
export function subtreeOf(clusters: readonly ClusterNode[]): Map<string, Set<string>> {
  const subtree = new Map(clusters.map((cluster) => [cluster.id, new Set([cluster.id])]));
  const parentOf = new Map(clusters.map((cluster) => [cluster.id, cluster.parentId]));
  for (const cluster of clusters) {
    const seen = new Set<string>([cluster.id]);
    for (
      let parent = parentOf.get(cluster.id) ?? null;
      parent !== null && !seen.has(parent);
      parent = parentOf.get(parent) ?? null
    ) {
      seen.add(parent);
      subtree.get(parent)?.add(cluster.id);
    }
  }
  return subtree;
}

/** Each cluster's cell: the merge of the leaf cells of its subtree (an empty cell when nobody reported). */
export function rollUpClusterCells(
  clusters: readonly ClusterNode[],
  leafCells: ReadonlyMap<string, AggregateCell>,
): Map<string, AggregateCell> {
  const subtree = subtreeOf(clusters);
  return new Map(
    clusters.map((cluster) => {
      const parts = [...(subtree.get(cluster.id) ?? [])]
        .map((id) => leafCells.get(id))
        .filter((cell) => cell !== undefined);
      return [cluster.id, parts.length === 0 ? EMPTY_CELL : mergeCells(parts)];
    }),
  );
}
