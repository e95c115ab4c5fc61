/**
 * The comparison form of a header text, so that a sheet's `工业总产值\n（万元）` matches a profile's synonym
 * `工业总产值`: full-width → half-width, all whitespace and line breaks removed, Latin letters lower-cased,
 * a leading `其中：` dropped, and a unit in brackets at the end taken off and returned separately.
 *
 * A trailing bracket counts as a unit when the units catalogue knows its content (万元, 千瓦时, kWh, %, 亩 …)
 * or the content starts with 单位/计量单位 (`(单位：万元)`); any other bracket — `(不含税)`, `(当年价)` — is
 * part of the name and stays, so 营业收入(含税) and 营业收入(不含税) remain different columns. Brackets may be
 * (), [], 【】, 〔〕 or {} in either width, and need not pair up (`（万元)` happens). A unit after a slash
 * (`产值/万元`) is not taken off. The unit is returned as written (half-width, no whitespace, case kept).
 */
import { findUnit } from '../units/index.ts';
import { toHalfWidth } from './to-half-width.ts';

export interface NormalisedHeaderText {
  /** The text to compare. */
  text: string;
  /** The unit written in brackets at the end, or null. */
  unit: string | null;
}

const TRAILING_BRACKET = /^(.*)[([{【〔]([^()[\]{}【】〔〕]*)[)\]}】〕]$/u;
const UNIT_PREFIX = /^(?:计量)?单位[:：]?/u;
const OF_WHICH_PREFIX = /^其中[:：]?(?=.)/u;

/** `text` in the form header texts and synonyms are compared in, with its bracketed unit apart. */
export function normaliseHeaderText(text: string): NormalisedHeaderText {
  let compact = toHalfWidth(text).replace(/\s+/gu, '');
  let unit: string | null = null;
  const match = TRAILING_BRACKET.exec(compact);
  if (match !== null) {
    const [, name = '', content = ''] = match;
    const unitText = content.replace(UNIT_PREFIX, '');
    if (unitText !== '' && (UNIT_PREFIX.test(content) || findUnit(unitText) !== undefined)) {
      compact = name;
      unit = unitText;
    }
  }
  return { text: compact.replace(OF_WHICH_PREFIX, '').toLowerCase(), unit };
}
