/**
 * Encoding text as GB18030, as Chinese tax and government systems still export CSV. Node decodes GB18030
 * (TextDecoder) but has no encoder, so the two-byte table (GBK's range, which holds every character the demo
 * writes) is built once by decoding every lead/trail byte pair and reversing the map. ASCII passes through;
 * a character outside the two-byte table is an error rather than a silent '?'.
 */

let table: Map<string, number> | null = null;

/** Character → its two bytes (lead << 8 | trail), built on first use. */
function twoByteTable(): Map<string, number> {
  if (table !== null) return table;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const built = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let char: string;
      try {
        char = decoder.decode(pair);
      } catch {
        continue;
      }
      if (char.length === 1 && !built.has(char)) built.set(char, (lead << 8) | trail);
    }
  }
  table = built;
  return built;
}

/** `text` as GB18030 bytes. */
export function encodeGb18030(text: string): Buffer {
  const codes = twoByteTable();
  const bytes = Buffer.alloc(text.length * 2);
  let length = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    if (point < 0x80) {
      bytes[length++] = point;
      continue;
    }
    const code = codes.get(char);
    if (code === undefined) {
      throw new RangeError(`“${char}” (U+${point.toString(16).toUpperCase()}) 不在 GB18030 双字节表中`);
    }
    bytes[length++] = code >> 8;
    bytes[length++] = code & 0xff;
  }
  return bytes.subarray(0, length);
}
