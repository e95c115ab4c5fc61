/**
 * The rule by which a profile synonym names a sheet column. Both sides are compared in normalised form
 * (normalise-header-text.ts: half-width, no whitespace, lower case, bracketed unit apart); the label's parts
 * are those of header-label-parts.ts (unit and column-number rows dropped). A synonym matches when
 *
 * 1. its LAST part equals the label's LAST part, and its parts, in order, are found among the label's parts
 *    (a subsequence, gaps allowed): `工业总产值|本年累计` matches `主要指标|工业总产值|本年累计` and
 *    `工业总产值(万元)|本年累计`, not `工业总产值|上年同期` nor `本年累计|工业总产值`; a one-part synonym
 *    `工业总产值` matches `工业总产值` and `主要指标|工业总产值`, never `工业总产值|本年累计` (whose last part
 *    says it is one of several columns under that name); or
 * 2. the WHOLE label, its parts written together, equals the synonym's parts written together:
 *    `工业总产值|本年累计` matches a one-cell header `工业总产值本年累计`, and `工业总产值本年累计`
 *    matches `工业总产值|本年累计`.
 */
import { normaliseHeaderText } from './normalise-header-text.ts';

/** The normalised, non-empty parts of a synonym written with '|' between header rows. */
export function synonymParts(synonym: string): string[] {
  return synonym
    .split('|')
    .map((part) => normaliseHeaderText(part).text)
    .filter((part) => part !== '');
}

/** Whether `synonym` names the column whose header label has the normalised `labelParts`. */
export function labelMatchesSynonym(labelParts: readonly string[], synonym: string | readonly string[]): boolean {
  const wanted = typeof synonym === 'string' ? synonymParts(synonym) : synonym;
  if (labelParts.length === 0 || wanted.length === 0) return false;
  if (labelParts.at(-1) === wanted.at(-1)) {
    let next = 0;
    for (let at = 0; at < labelParts.length - 1; at++) {
      if (next < wanted.length - 1 && labelParts[at] === wanted[next]) next++;
    }
    if (next === wanted.length - 1) return true;
  }
  // Rule 2, joined texts only compared when their lengths agree (most pairs differ in length).
  const length = (parts: readonly string[]) => parts.reduce((sum, part) => sum + part.length, 0);
  return length(labelParts) === length(wanted) && labelParts.join('') === wanted.join('');
}
