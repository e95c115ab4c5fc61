/**
 * The grid view of a validation report: one line per spreadsheet row with issues, one column per column named by
 * an issue (in the file's order when the file's cells are known; a label matches its header exactly, else the first
 * header it begins), each cell with the file's value when known and
 * the issues that point at it (those cells are "bad"). Issues of a whole row or the whole file are kept aside.
 */
import type { SheetIssue } from './sheet-issue.ts';

export interface GridCell {
  value: string | null;
  issues: SheetIssue[];
}

export interface IssueGridRow {
  row: number;
  cells: Record<string, GridCell>;
  /** Issues of the row as a whole (duplicate row…). */
  rowIssues: SheetIssue[];
}

export interface IssueGrid {
  columns: string[];
  rows: IssueGridRow[];
  /** Issues of the whole file (period, missing column…). */
  fileIssues: SheetIssue[];
}

const squash = (label: string) => label.replace(/[|\s]/g, '');

/** The header line: the row holding most of the wanted labels, searched in the first 20 rows. */
function findHeader(cells: string[][], labels: string[]): Map<string, number> | null {
  let best: Map<string, number> | null = null;
  for (const line of cells.slice(0, 20)) {
    const found = new Map<string, number>();
    const squashed = line.map(squash);
    for (const label of labels) {
      const wanted = squash(label);
      const exact = squashed.indexOf(wanted);
      // A measure named without its sub-header (工业总产值 for 工业总产值本年累计): the first column it begins.
      const index = exact >= 0 ? exact : squashed.findIndex((cell) => cell !== '' && cell.startsWith(wanted));
      if (index >= 0) found.set(label, index);
    }
    if (found.size > (best?.size ?? 0)) best = found;
  }
  return best;
}

export function buildIssueGrid(issues: readonly SheetIssue[], cells: string[][] | null = null): IssueGrid {
  const fileIssues = issues.filter((issue) => issue.row === null);
  const located = issues.filter((issue) => issue.row !== null);
  const labels = [...new Set(located.flatMap((issue) => (issue.column === null ? [] : [issue.column])))];
  const header = cells ? findHeader(cells, labels) : null;
  const columns = header
    ? [...labels].sort((a, b) => (header.get(a) ?? Infinity) - (header.get(b) ?? Infinity))
    : labels;
  const byRow = new Map<number, IssueGridRow>();
  for (const issue of located) {
    const rowNumber = issue.row!;
    let row = byRow.get(rowNumber);
    if (!row) {
      const line = cells?.[rowNumber - 1];
      row = {
        row: rowNumber,
        rowIssues: [],
        cells: Object.fromEntries(
          columns.map((column) => {
            const index = header?.get(column);
            return [column, { value: line && index !== undefined ? (line[index] ?? '') : null, issues: [] }];
          }),
        ),
      };
      byRow.set(rowNumber, row);
    }
    if (issue.column === null) row.rowIssues.push(issue);
    else row.cells[issue.column]!.issues.push(issue);
  }
  return { columns, rows: [...byRow.values()].sort((a, b) => a.row - b.row), fileIssues };
}
