/**
 * The clusters of one system for a period: 1–N月 value, comparable growth, share of the city, rank and firms, each
 * under the chosen disclosure audience (a withheld cell shows "x"); the level of each cluster from the registry.
 * A row opens the cluster's page. Sub-directions are indented under their cluster.
 */
import { useMemo } from 'react';
import { navigate } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { cell, count, cumulativePeriod, growth, money, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { CLUSTER_LEVELS, clusterLevels, type ClusterLevel } from './cluster-level.ts';
import type { RegistrySystem } from './registry-types.ts';
import { clusterPath, type ClusterStatisticsRow } from './statistics-types.ts';

interface ListRow extends ClusterStatisticsRow {
  levels: ClusterLevel[];
  tier: string | null;
}

export function ClusterListTable({
  system,
  rows,
  period,
  audience,
  level,
}: {
  system: RegistrySystem;
  rows: ClusterStatisticsRow[];
  period: string;
  audience: string;
  level: ClusterLevel | null;
}) {
  const { t, name, language } = useLanguage();
  const listRows = useMemo<ListRow[]>(() => {
    const levels = clusterLevels(system.clusters, system.owner);
    const tiers = new Map(system.clusters.map((cluster) => [cluster.id, cluster.tier]));
    return rows
      .map((row) => ({ ...row, levels: [...(levels.get(row.cluster) ?? [])], tier: tiers.get(row.cluster) ?? null }))
      .filter((row) => level === null || row.levels.includes(level));
  }, [system, rows, level]);

  const columns = useMemo<Column<ListRow>[]>(() => {
    const hidden = (row: ListRow, format: (value: number | null) => string, value: number | null) =>
      cell(value, row.suppressed, format);
    return [
      {
        key: 'name',
        header: t('集群', 'Cluster'),
        value: (row) => name(row.name),
        render: (row) => <span style={{ paddingLeft: row.depth * 18 }}>{name(row.name)}</span>,
        sortable: false,
      },
      {
        key: 'level',
        header: t('级别', 'Level'),
        value: (row) => row.levels.map((key) => name(CLUSTER_LEVELS[key])).join('、'),
      },
      { key: 'tier', header: t('定位', 'Tier'), value: (row) => row.tier },
      {
        key: 'value',
        header: `${cumulativePeriod(period, language)}${t('产值', ' output')}`,
        value: (row) => (row.suppressed ? null : row.value),
        render: (row) => hidden(row, (value) => money(value, language), row.value),
        exportValue: (row) => (row.suppressed ? 'x' : row.value),
        align: 'right',
      },
      {
        key: 'yoy',
        header: t('可比增速', 'Growth'),
        value: (row) => (row.suppressed ? null : row.yoy),
        render: (row) => (
          <span className={!row.suppressed && row.yoy !== null ? (row.yoy >= 0 ? 'up' : 'down') : undefined}>
            {hidden(row, growth, row.yoy)}
          </span>
        ),
        exportValue: (row) => (row.suppressed ? 'x' : row.yoy),
        align: 'right',
      },
      {
        key: 'share',
        header: t('占全市比重', 'Share of city'),
        value: (row) => (row.suppressed ? null : row.share),
        render: (row) => hidden(row, percent, row.share),
        exportValue: (row) => (row.suppressed ? 'x' : row.share),
        align: 'right',
      },
      {
        key: 'rank',
        header: t('位次', 'Rank'),
        value: (row) => (row.suppressed ? null : row.rank),
        render: (row) => hidden(row, count, row.rank),
        exportValue: (row) => (row.suppressed ? 'x' : row.rank),
        align: 'right',
      },
      {
        key: 'enterprises',
        header: t('规上企业数', 'Firms'),
        value: (row) => (row.suppressed ? null : row.enterprises),
        render: (row) => hidden(row, count, row.enterprises),
        exportValue: (row) => (row.suppressed ? 'x' : row.enterprises),
        align: 'right',
      },
    ];
  }, [t, name, language, period]);

  return (
    <DataTable
      rows={listRows}
      columns={columns}
      rowKey={(row) => row.cluster}
      caption={`${name(system.name)} ${cumulativePeriod(period, language)}`}
      exportName={`产业集群_${system.id}_${period}`}
      onRowOpen={(row) =>
        navigate(clusterPath(system.id, row.cluster, { period, audience: audience === 'public' ? null : audience }))
      }
    />
  );
}
