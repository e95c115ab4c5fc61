/**
 * Which delimiter a text table uses, among comma, tab and semicolon: each candidate is counted per record
 * outside double quotes over the first 20 records, and the one that appears the same non-zero number of
 * times in the most records wins (ties: the higher count, then comma before tab before semicolon).
 * A table without any of them is one column, read with comma.
 */
export type Delimiter = ',' | '\t' | ';';

const candidates: readonly Delimiter[] = [',', '\t', ';'];
const sampleRecords = 20;

export function sniffDelimiter(text: string): Delimiter {
  const counts = countPerRecord(text);
  let best: { delimiter: Delimiter; agreeing: number; count: number } | undefined;
  for (const delimiter of candidates) {
    const perRecord = counts.map((record) => record[delimiter]);
    const { value: count, frequency: agreeing } = mode(perRecord.filter((n) => n > 0));
    if (count === 0) continue;
    if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && count > best.count)) {
      best = { delimiter, agreeing, count };
    }
  }
  return best?.delimiter ?? ',';
}

/** Delimiter counts per record (a record may span lines inside quotes), skipping blank lines. */
function countPerRecord(text: string): Record<Delimiter, number>[] {
  const records: Record<Delimiter, number>[] = [];
  let current = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length && records.length < sampleRecords; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    if (quoted) {
      blank = false;
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (!blank) records.push(current);
      current = { ',': 0, '\t': 0, ';': 0 };
      blank = true;
    } else {
      blank = false;
      if (char === ',' || char === '\t' || char === ';') current[char]++;
    }
  }
  if (!blank && records.length < sampleRecords) records.push(current);
  return records;
}

/** The most frequent value and how often it occurs; { 0, 0 } for no values. */
function mode(values: number[]): { value: number; frequency: number } {
  const frequencies = new Map<number, number>();
  for (const value of values) frequencies.set(value, (frequencies.get(value) ?? 0) + 1);
  let best = { value: 0, frequency: 0 };
  for (const [value, frequency] of frequencies) {
    if (frequency > best.frequency || (frequency === best.frequency && value > best.value)) best = { value, frequency };
  }
  return best;
}
