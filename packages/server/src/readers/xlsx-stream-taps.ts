/**
 * Taps into exceljs's streaming reader where it falls short, found by reading its source (4.4):
 * - it decodes each zip chunk on its own, so a Chinese character split between two chunks turns into
 *   U+FFFD; the taps hand it text decoded as one stream instead (exceljs passes strings through);
 * - it skips <mergeCell> (no events, no `_merges`, no model), so the worksheet tap collects the
 *   merged ranges from the XML as it flows past.
 * Both replace internals (`iterator`, `_parseSharedStrings`) that exceljs reads when parsing starts.
 */
import { Readable } from 'node:stream';
import type { MergedRange } from '@observatory/core';

type ByteSource = AsyncIterable<Uint8Array | string>;

/** The text of a byte stream, decoded as UTF-8 across chunk boundaries. */
export async function* decodeUtf8(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

const mergeCellTag = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)"[^>]*>/g;

/**
 * Passes a worksheet's XML through unchanged, adding each merged range it sees to `merges`, and fails when
 * the XML stops before `</worksheet>` (exceljs never closes its XML parser, so it would not notice).
 */
export async function* tapWorksheetXml(source: ByteSource, merges: MergedRange[]): AsyncGenerator<string> {
  let carry = '';
  let tail = '';
  for await (const text of decodeUtf8(source)) {
    tail = (tail + text).slice(-64);
    const window = carry + text;
    let scanned = 0;
    for (const match of window.matchAll(mergeCellTag)) {
      const range = parseRange(match[1]!);
      if (range) merges.push(range);
      scanned = match.index + match[0].length;
    }
    const open = window.lastIndexOf('<');
    // An unfinished tag at the end may be a <mergeCell> cut in two: keep it for the next chunk.
    carry = open >= scanned && !window.includes('>', open) && window.length - open < 512 ? window.slice(open) : '';
    yield text;
  }
  if (!/<\/(?:\w+:)?worksheet>\s*$/.test(tail)) throw new Error('worksheet XML ends early (truncated)');
}

/** Makes a workbook reader parse sharedStrings.xml from stream-decoded text. */
export function decodeSharedStringsAsStream(reader: object): void {
  const internals = reader as { _parseSharedStrings: (entry: ByteSource) => AsyncGenerator<unknown> };
  const parse = internals._parseSharedStrings;
  internals._parseSharedStrings = function (this: unknown, entry: ByteSource) {
    return parse.call(this, Readable.from(decodeUtf8(entry)));
  };
}

/** 'B2:D3' → 0-based inclusive range; a single cell 'B2' is a one-cell range. */
export function parseRange(ref: string): MergedRange | null {
  const [from, to = from] = ref.split(':') as [string, string?];
  const start = parseCell(from);
  const end = parseCell(to);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

function parseCell(ref: string): { row: number; column: number } | null {
  const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match || Number(match[2]) < 1) return null;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
