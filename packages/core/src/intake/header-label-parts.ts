/**
 * A composed header label (`主要指标|工业总产值(万元)|本年累计`, see compose-header.ts) taken apart for
 * matching: each part normalised (normalise-header-text.ts), and the unit the label states picked out.
 *
 * Below the first part, two kinds of part say nothing about what the column is and are dropped:
 * - a part that is entirely a unit (`万元`, `（千瓦时）`, `吨标准煤`): the units row some sheets put under
 *   the names; it becomes the label's unit;
 * - a column-numbering part (`甲`, `乙`, `1`, `12`): the 栏次 row of statistics forms (see header-marker.ts).
 * The unit is the last one stated, top-down: a bracketed unit at the end of a part or a unit-only part.
 */
import { isColumnNumber, isUnitOnly } from './header-marker.ts';
import { normaliseHeaderText } from './normalise-header-text.ts';

export interface HeaderLabelParts {
  /** Normalised parts that name the column, top-down. */
  parts: string[];
  /** The unit as written in the header, or null when the header states none. */
  unit: string | null;
}

/** The parts of `label` that name its column, and the unit it states. */
export function headerLabelParts(label: string): HeaderLabelParts {
  const parts: string[] = [];
  let unit: string | null = null;
  label.split('|').forEach((raw, position) => {
    const normalised = normaliseHeaderText(raw);
    if (normalised.unit !== null) unit = normalised.unit;
    const { text } = normalised;
    if (text === '') return;
    if (position > 0 && isUnitOnly(text)) {
      unit = text;
      return;
    }
    if (position > 0 && isColumnNumber(text)) return;
    parts.push(text);
  });
  return { parts, unit };
}
