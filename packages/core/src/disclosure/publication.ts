/**
 * What may leave the system: per cell only its categories and its value, or null with the mark
 * `suppressed` ("x" in print). Neither the rule parameters, nor whether a cell was primary or secondary,
 * nor the reasons, nor the audit intervals are published: each of them tells an intruder something about
 * the contributors (a 'frequency' reason says "fewer than 3 enterprises").
 */
import { DisclosureError } from './disclosure-error.ts';
import type { ProtectedTable } from './protect-table.ts';

export interface PublishedCell {
  codes: readonly string[];
  value: number | null;
  suppressed: boolean;
}

export interface PublishableTable {
  dimensions: readonly string[];
  cells: readonly PublishedCell[];
}

/** The publishable form of a protected table; refuses a table whose audit failed. */
export function toPublication(table: ProtectedTable): PublishableTable {
  if (!table.audit.protected)
    throw new DisclosureError(
      'unprotected_table',
      `有 ${table.audit.unprotected.length} 个敏感单元格无法得到保护，表格不得发布 (sensitive cells remain unprotected; the table must not be published)`,
    );
  return {
    dimensions: [...table.dimensions],
    cells: table.cells.map((cell) => ({
      codes: [...cell.codes],
      value: cell.status === 'published' ? cell.value : null,
      suppressed: cell.status !== 'published',
    })),
  };
}
