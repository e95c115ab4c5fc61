/** Rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
export type CopyValue = string | number | boolean | null;

function escapeCopyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}

export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map((value) => (value === null ? '\\N' : escapeCopyText(String(value)))).join('\t')}\n`;
}
