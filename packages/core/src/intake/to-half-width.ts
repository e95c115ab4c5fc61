/**
 * Full-width characters as Chinese input methods type them (１２３, －, ．, ，, ％, （）, Ａ) turned into their
 * half-width forms, and the ideographic space into an ordinary space. Only the full-width block U+FF01–U+FF5E
 * and U+3000 change: unlike NFKC this leaves ², ①, … and ㎡ as they are, so "10²" never becomes "102".
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** `text` with every full-width ASCII character replaced by its half-width form. */
export function toHalfWidth(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      result += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      result += ' ';
    } else {
      result += character;
    }
  }
  return result;
}

/** The full-width form of printable ASCII in `text` (the inverse of toHalfWidth), for tests and fixtures. */
export function toFullWidth(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x20) result += String.fromCodePoint(IDEOGRAPHIC_SPACE);
    else if (code >= FULL_WIDTH_FIRST - FULL_WIDTH_OFFSET && code <= FULL_WIDTH_LAST - FULL_WIDTH_OFFSET) {
      result += String.fromCodePoint(code + FULL_WIDTH_OFFSET);
    } else result += character;
  }
  return result;
}
