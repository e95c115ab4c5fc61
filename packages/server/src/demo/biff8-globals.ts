/**
 * The record layer of a BIFF8 (Excel 97–2003) Workbook stream and its globals substream: the same minimal
 * record set SheetJS writes — one font, 16 style XFs and one cell XF, the sheet's BOUNDSHEET (its offset
 * patched in once known) — and the shared string table, split into CONTINUE records at string boundaries.
 */

const MAX_RECORD = 8224;

export class Records {
  readonly parts: Buffer[] = [];
  length = 0;

  add(type: number, payload: Buffer = Buffer.alloc(0)): void {
    const head = Buffer.allocUnsafe(4);
    head.writeUInt16LE(type, 0);
    head.writeUInt16LE(payload.length, 2);
    this.parts.push(head, payload);
    this.length += 4 + payload.length;
  }

  u16(type: number, ...values: number[]): void {
    const payload = Buffer.allocUnsafe(values.length * 2);
    values.forEach((value, k) => payload.writeUInt16LE(value, k * 2));
    this.add(type, payload);
  }
}

/** A BIFF8 string: character count (8 or 16 bits), flags (1 = UTF-16), characters. */
export function unicodeString(text: string, countBytes: 1 | 2): Buffer {
  const out = Buffer.alloc(countBytes + 1 + text.length * 2);
  if (countBytes === 1) out.writeUInt8(text.length, 0);
  else out.writeUInt16LE(text.length, 0);
  out.writeUInt8(1, countBytes);
  out.write(text, countBytes + 1, 'utf16le');
  return out;
}

export function bof(records: Records, kind: number): void {
  records.u16(0x0809, 0x0600, kind, 0x7262, 0x07cd, 0xc009, 0x0001, 0x0706, 0x0000);
}

export function globals(records: Records, sheetName: string): number {
  bof(records, 0x0005);
  records.u16(0x00e1, 0x04b0);
  records.u16(0x00c1, 0);
  records.add(0x00e2);
  const access = Buffer.alloc(112, 0x20);
  access.writeUInt16LE(4, 0);
  access.writeUInt8(0, 2);
  access.write('DEMO', 3, 'latin1');
  records.add(0x005c, access);
  records.u16(0x0042, 0x04b0);
  records.u16(0x0161, 0);
  records.add(0x01c0);
  records.u16(0x013d, 1);
  records.u16(0x009c, 0x11);
  for (const type of [0x0019, 0x0012, 0x0013, 0x01af, 0x01bc]) records.u16(type, 0);
  records.u16(0x003d, 0, 0, 0x7260, 0x44c0, 0x38, 0, 0, 1, 0x01f4);
  for (const [type, value] of [
    [0x0040, 0],
    [0x008d, 0],
    [0x0022, 0],
    [0x000e, 1],
    [0x01b7, 0],
    [0x00da, 0],
  ]) {
    records.u16(type as number, value as number);
  }
  const font = Buffer.alloc(14);
  font.writeUInt16LE(220, 0);
  font.writeUInt16LE(0x7fff, 4);
  font.writeUInt16LE(400, 6);
  font.writeUInt8(0x86, 12);
  records.add(0x0031, Buffer.concat([font, unicodeString('宋体', 1)]));
  for (let k = 0; k < 16; k += 1) records.u16(0x00e0, 0, 0, 0xfff4, 0, 0, 0, 0, 0, 0, 0);
  records.u16(0x00e0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  records.u16(0x0160, 0);
  const boundSheetAt = records.parts.length;
  records.add(0x0085, Buffer.concat([Buffer.alloc(6), unicodeString(sheetName, 1)]));
  records.u16(0x008c, 1, 1);
  return boundSheetAt;
}

export function sharedStrings(records: Records, strings: readonly string[], count: number): void {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(count, 0);
  header.writeUInt32LE(strings.length, 4);
  let type = 0x00fc;
  let chunk: Buffer[] = [header];
  let size = header.length;
  for (const text of strings) {
    const encoded = unicodeString(text, 2);
    if (size + encoded.length > MAX_RECORD) {
      records.add(type, Buffer.concat(chunk));
      [type, chunk, size] = [0x003c, [], 0];
    }
    chunk.push(encoded);
    size += encoded.length;
  }
  records.add(type, Buffer.concat(chunk));
}
