/**
 * The one place text is neutralised before it leaves the system in a spreadsheet or CSV cell (formula or CSV
 * injection, OWASP): a text starting with = + - @, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text and never evaluates it. Numbers are not text: they stay numbers and never pass
 * through here. Every export (xlsx, CSV) writes its text cells through safeCellText.
 */

/** The characters that make a spreadsheet read a cell as a formula (or hide one behind a control character). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export function safeCellText(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!) ? `'${text}` : text;
}

/** A cell value as an export writes it: text neutralised; numbers, booleans, dates and empty cells unchanged. */
export function safeCellValue<T extends string | number | boolean | Date | null | undefined>(value: T): T {
  return (typeof value === 'string' ? safeCellText(value) : value) as T;
}
