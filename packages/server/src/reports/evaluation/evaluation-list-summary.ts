/**
 * The summary table of a run's full list: per county and group the enterprises in each final class, unrated,
 * excluded (in no group) and in all, with a city total per group and one over everything.
 */
import type { EvaluationListDocument } from './evaluation-list.ts';
import type { ListColumn } from './list-sheet-cells.ts';

export interface SummaryTable {
  columns: ListColumn[];
  rows: { county: string; group: string; counts: number[] }[];
}

const CITY = '全市合计 (all counties)';
const NO_GROUP = '未纳入评价 (no group)';

export function summaryTable(document: EvaluationListDocument): SummaryTable {
  const classIds = document.classes.map((c) => c.id);
  const columns: ListColumn[] = [
    { header: '所属县（市、区）\nCounty', width: 22 },
    { header: '评价分组\nGroup', width: 22 },
    ...document.classes.map((c) => ({ header: `${c.id}类\n${c.name.zh}`, width: 10 })),
    { header: '未定等级\nUnrated', width: 10 },
    { header: '未纳入\nExcluded', width: 10 },
    { header: '合计\nTotal', width: 10 },
  ];
  const groupName = new Map(document.groups.map((g) => [g.id, g.name.zh]));
  const counts = (rows: EvaluationListDocument['rows']) => {
    const byClass = classIds.map((id) => rows.filter((r) => r.status === 'rated' && r.finalClass === id).length);
    const unrated = rows.filter((r) => r.status === 'unrated').length;
    const excluded = rows.filter((r) => r.status === 'excluded').length;
    return [...byClass, unrated, excluded, rows.length];
  };
  const counties = [...new Map(document.rows.map((r) => [r.reportingUnitId, r])).values()].sort(
    (a, b) => a.reportingUnitOrder - b.reportingUnitOrder || a.reportingUnitId.localeCompare(b.reportingUnitId),
  );
  const groups: (string | null)[] = [...document.groups.map((g) => g.id), null];
  const label = (groupId: string | null) => (groupId === null ? NO_GROUP : (groupName.get(groupId) ?? groupId));
  const rows: SummaryTable['rows'] = [];
  for (const groupId of groups) {
    const ofGroup = document.rows.filter((r) => r.groupId === groupId);
    if (ofGroup.length === 0) continue;
    for (const county of counties) {
      const cell = ofGroup.filter((r) => r.reportingUnitId === county.reportingUnitId);
      if (cell.length > 0) rows.push({ county: county.reportingUnitName, group: label(groupId), counts: counts(cell) });
    }
    rows.push({ county: CITY, group: label(groupId), counts: counts(ofGroup) });
  }
  rows.push({ county: CITY, group: '全部 (all groups)', counts: counts(document.rows) });
  return { columns, rows };
}
