/**
 * RFC 4180 CSV text → rows of strings: quoted fields, doubled quotes, CR LF or LF line ends, a leading
 * UTF-8 BOM dropped. Bytes and encodings are the file readers' concern; this takes decoded text.
 */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
}

export function parseCsvText(text: string, delimiter = ','): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteOpenedAt = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedAt = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += char;
  }
  if (quoted) throw new CsvSyntaxError(`第 ${quoteOpenedAt} 行引号未闭合 (unclosed quote at line ${quoteOpenedAt})`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header row. Rows whose width differs from the header's are an error. */
export function parseCsvRecords(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsvText(text, delimiter);
  if (!header) return [];
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new CsvSyntaxError(
        `第 ${index + 2} 行有 ${row.length} 列，表头有 ${header.length} 列 (row width differs from header)`,
      );
    }
    return Object.fromEntries(header.map((name, column) => [name, row[column]!]));
  });
}
