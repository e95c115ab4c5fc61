/**
 * A target's value in canonical units, from the unit the bureau wrote it in: 3000 亿元 → 3×10¹¹ 元,
 * 37 万元/亩 → 370000 元/亩, 3.4 % → 0.034. Counting words (家, 个, 项, 条, 户) are counts. A unit the
 * catalogue does not know gives null (kept as written, never guessed).
 */
import { CANONICAL_UNITS, convertQuantity, findUnit } from '../units/index.ts';

const countingWords = new Set(['家', '个', '项', '条', '户', '件', '次']);

export interface CanonicalTargetValue {
  value: number;
  unit: string;
}

function canonicalPart(value: number, unitText: string): CanonicalTargetValue | null {
  const text = unitText.trim();
  if (countingWords.has(text)) return { value, unit: 'count' };
  const unit = findUnit(text);
  if (!unit) return null;
  const canonical = CANONICAL_UNITS[unit.dimension];
  return { value: convertQuantity(value, unit.code, canonical), unit: canonical };
}

export function targetToCanonical(value: number, unitText: string): CanonicalTargetValue | null {
  const parts = unitText.split('/');
  if (parts.length === 1) return canonicalPart(value, unitText);
  if (parts.length !== 2) return null;
  const numerator = canonicalPart(value, parts[0]!);
  const denominator = canonicalPart(1, parts[1]!);
  if (!numerator || !denominator || denominator.value === 0) return null;
  const quotient = numerator.value / denominator.value;
  return { value: Number(quotient.toPrecision(12)), unit: `${numerator.unit}/${denominator.unit}` };
}
