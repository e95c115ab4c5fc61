/**
 * Law: parseCsvText, which splits lines without quotes directly, reads every text as the plain RFC 4180
 * state machine does (the reference below, character by character), error messages included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvText } from './parse-csv-text.ts';

function reference(text: string, delimiter: string): string[][] {
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

const outcome = (read: () => string[][]) => {
  try {
    return read();
  } catch (error) {
    return (error as Error).message;
  }
};

const csvLike = fc
  .array(fc.constantFrom('a', '企业', '1.5', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', '\ufeff'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('parseCsvText', () => {
  it('reads as the character-by-character state machine does', () => {
    fc.assert(
      fc.property(csvLike, fc.constantFrom(',', ';', '\t'), (text, delimiter) => {
        expect(outcome(() => parseCsvText(text, delimiter))).toEqual(outcome(() => reference(text, delimiter)));
      }),
      { numRuns: 10000 },
    );
  });
});
