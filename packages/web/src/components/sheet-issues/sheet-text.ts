/**
 * The cells of an uploaded CSV or tab-separated file, read in the browser so the report can show the bad cells
 * with what the file really holds: UTF-8 (with or without BOM), else GB18030 as Chinese offices save it; quoted
 * fields with commas, quotes and line breaks; the delimiter guessed from the first lines.
 */

/** Text of the file's bytes: UTF-8 when valid, else GB18030. */
export function decodeSheetBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function guessDelimiter(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 10).join('\n');
  const counts = [',', '\t', ';'].map((delimiter) => ({ delimiter, count: head.split(delimiter).length }));
  return counts.sort((a, b) => b.count - a.count)[0]!.delimiter;
}

/** Rows of cells (row 1 is the file's first line, as a spreadsheet numbers them). */
export function parseSheetText(text: string, delimiter = guessDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Is this a file the browser can show cell by cell (CSV or text), rather than a workbook? */
export const isTextSheet = (fileName: string): boolean => /\.(csv|tsv|txt)$/i.test(fileName);
