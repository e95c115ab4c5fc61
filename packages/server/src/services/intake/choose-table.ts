/**
 * Finds the sheet and source profile a file holds: with a source given, the sheet where that profile's
 * table is found; without one, the profile and sheet whose table names the most columns (words of a
 * profile's identifiers in the file name or title break ties).
 */
import { detectTable, type DetectedTable, type SheetGrid, type SourceProfile } from '@observatory/core';
import { AppError } from '../../app-error.ts';
import { isValueRole } from './source-profiles.ts';

export interface ChosenTable {
  grid: SheetGrid;
  profile: SourceProfile;
  table: DetectedTable;
}

function titleText(grid: SheetGrid, rows: number): string {
  return grid.rows
    .slice(0, rows)
    .flat()
    .filter((cell) => typeof cell === 'string')
    .join(' ');
}

/** The best table, or the reasons (per sheet and profile) why none was found. */
export function chooseTable(
  grids: readonly SheetGrid[],
  profiles: readonly SourceProfile[],
  fileName: string,
  source?: string,
): ChosenTable | { failures: string[] } {
  const candidates = source ? profiles.filter((profile) => profile.id === source) : profiles;
  if (source && candidates.length === 0) {
    throw new AppError('validation_failed', `未知数据来源 ${source} (unknown source)`, [
      { path: 'source', message: `one of ${profiles.map((profile) => profile.id).join(', ')}` },
    ]);
  }
  let best: (ChosenTable & { score: number }) | null = null;
  const failures: string[] = [];
  for (const grid of grids) {
    for (const profile of candidates) {
      const table = detectTable(grid, profile);
      if (table.kind === 'failure') {
        failures.push(`${grid.name}: ${table.message.zh} (${table.message.en})`);
        continue;
      }
      const roleOf = (key: string) => profile.columns.find((candidate) => candidate.key === key)?.role ?? '';
      const hasMeasureColumns = profile.columns.some((column) => isValueRole(column.role));
      const matchedMeasures = table.columns.filter((column) => isValueRole(roleOf(column.key)));
      if (hasMeasureColumns && matchedMeasures.length === 0) {
        failures.push(`${grid.name}: ${profile.name.zh}：未找到任何指标列 (no figure column of ${profile.name.en})`);
        continue;
      }
      const context = `${fileName} ${titleText(grid, table.headerRows[0])}`;
      const hints = profile.identifiers.filter((word) => context.includes(word)).length;
      const score = table.columns.length * 10 - table.unmatchedRequired.length * 100 + hints;
      if (!best || score > best.score) best = { grid, profile, table, score };
    }
  }
  if (!best)
    return { failures: failures.length > 0 ? failures.slice(0, 20) : [`${fileName}: 文件中没有工作表 (no sheets)`] };
  return { grid: best.grid, profile: best.profile, table: best.table };
}
