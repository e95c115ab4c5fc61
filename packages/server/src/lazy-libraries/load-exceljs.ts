/**
 * exceljs, imported on first use and kept: it costs ~340 ms to import, so a command or request that never
 * reads or writes an xlsx does not pay for it. Modules that need its types use `import type`.
 */
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
