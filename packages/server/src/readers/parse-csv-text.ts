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
  let line = 1;
  for (let start = 0; start < source.length;) {
    // A line without quotes or lone CRs is split as it is; any other record goes through the state machine.
    const lineFeed = source.indexOf('\n', start);
    const end = lineFeed < 0 ? source.length : lineFeed;
    const lineEnd = end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const lineText = source.slice(start, lineEnd);
    if (!lineText.includes('"') && !lineText.includes('\r')) {
      rows.push(lineText.split(delimiter));
      start = end + 1;
      line++;
      continue;
    }
    const record = readRecord(source, start, delimiter, line);
    if (record.row !== null) rows.push(record.row);
    start = record.next;
    line = record.line;
  }
  return rows;
}

/**
 * One record from `start` by RFC 4180 (quoted fields, doubled quotes, line ends inside quotes): the row
 * (null at the end of input with nothing read), where the next record starts and the line number there.
 */
function readRecord(source: string, start: number, delimiter: string, line: number) {
  const row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedAt = line;
  for (let i = start; i < source.length; i++) {
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
      return { row, next: i + 1, line: line + 1 };
    } else field += char;
  }
  if (quoted) throw new CsvSyntaxError(`第 ${quoteOpenedAt} 行引号未闭合 (unclosed quote at line ${quoteOpenedAt})`);
  if (field !== '' || row.length > 0) row.push(field);
  return { row: row.length > 0 ? row : null, next: source.length, line };
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
