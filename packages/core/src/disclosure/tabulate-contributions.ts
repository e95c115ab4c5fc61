/**
 * Microdata → the contributions of every cell: a record classified by one leaf category per dimension
 * contributes to its leaf cell and to every cell that adds that cell up (subtotals and totals).
 */
import type { Contribution } from './cell-statistics.ts';
import { DisclosureError } from './disclosure-error.ts';
import type { TableStructure } from './table-structure.ts';

export interface MicrodataRecord extends Contribution {
  /** One leaf category per dimension, in the order of the dimensions. */
  codes: readonly string[];
}

export function tabulateContributions(
  structure: TableStructure,
  records: readonly MicrodataRecord[],
): Contribution[][] {
  const byCell: Contribution[][] = structure.cells.map(() => []);
  for (const record of records) {
    const cell = structure.cellIndex(record.codes);
    if (!structure.cells[cell]?.leaf)
      throw new DisclosureError(
        'invalid_table',
        `贡献者 ${record.contributorId} 的分类 ${record.codes.join('|')} 不是最底层类别 (contributor ${record.contributorId} is not classified by leaf categories)`,
      );
    const { codes: _codes, ...contribution } = record;
    for (const containing of structure.containingCells(cell)) byCell[containing]?.push(contribution);
  }
  return byCell;
}
