/**
 * Spreadsheet column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA
 * (bijective base 26), and back. Issues name a column by its letter when it has no header label.
 */

const LETTERS = 26;
const CODE_OF_A = 65;

/** The letters of the 0-based column `index`; a negative or fractional index is a programming error. */
export function columnLetter(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`column index must be a non-negative integer, not ${index}`);
  }
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / LETTERS)) {
    letters = String.fromCharCode(CODE_OF_A + ((rest - 1) % LETTERS)) + letters;
  }
  return letters;
}

/** The 0-based index of column `letters` (A → 0, aa → 26), or null when the text is not column letters. */
export function columnIndexOfLetter(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,10}$/.test(text)) return null;
  let value = 0;
  for (const character of text) value = value * LETTERS + (character.charCodeAt(0) - CODE_OF_A + 1);
  return value - 1;
}
