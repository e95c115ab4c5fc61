/** The class distribution of a run per reporting unit: a stacked bar chart and the same counts as a table. */
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { classDistributionOption } from '../../charts/options/class-distribution.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { classCountsByUnit, classesIn, type UnitClassRow } from './class-counts.ts';
import type { EvaluationResultRow } from './evaluation-types.ts';
import { useReportingUnits, useUnitBilingual } from './use-unit-names.ts';

export function ClassDistribution({ results }: { results: readonly EvaluationResultRow[] }) {
  const { t, language, name } = useLanguage();
  const units = useReportingUnits();
  const unitBilingual = useUnitBilingual();
  const classes = useMemo(() => classesIn(results), [results]);
  const rows = useMemo(
    () =>
      classCountsByUnit(
        results,
        unitBilingual,
        units.map((unit) => unit.id),
      ),
    [results, unitBilingual, units],
  );
  const option = useMemo(() => classDistributionOption(rows, classes, language), [rows, classes, language]);
  const sum = (pick: (row: UnitClassRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const columns: Column<UnitClassRow>[] = [
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => name(row.name) },
    ...classes.map((id): Column<UnitClassRow> => ({
      key: `class-${id}`,
      header: t(`${id}类`, `Class ${id}`),
      value: (row) => row.counts[id] ?? 0,
      render: (row) => count(row.counts[id] ?? 0),
      align: 'right',
    })),
    { key: 'unrated', header: t('不定等级', 'Unrated'), value: (row) => row.unrated, align: 'right' },
    { key: 'excluded', header: t('不参评', 'Excluded'), value: (row) => row.excluded, align: 'right' },
    {
      key: 'total',
      header: t('合计', 'Total'),
      value: (row) => row.total,
      render: (row) => count(row.total),
      align: 'right',
    },
  ];
  return (
    <section className="card" aria-label={t('等级分布', 'Class distribution')}>
      <h2>{t('各县（市、区）等级分布', 'Classes by reporting unit')}</h2>
      <p className="muted">
        {t(
          `已定级 ${count(sum((row) => row.rated))} 家，不定等级 ${count(sum((row) => row.unrated))} 家，不参评 ${count(sum((row) => row.excluded))} 家（按调档后等级）`,
          `${count(sum((row) => row.rated))} rated, ${count(sum((row) => row.unrated))} unrated, ${count(sum((row) => row.excluded))} excluded (final classes)`,
        )}
      </p>
      <EChart option={option} height={320} ariaLabel={t('各县（市、区）等级分布图', 'Chart of classes by unit')} />
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(row) => row.unit}
        filterable={false}
        caption={t('等级分布表', 'Class distribution table')}
        exportName="class-distribution"
      />
    </section>
  );
}
