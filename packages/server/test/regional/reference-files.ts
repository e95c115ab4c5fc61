/**
 * Reading the peer tools' reference results in ../shared/reference (next to the repository) for the
 * regional-measure tests, and comparing numbers with the tolerance each folder's README gives.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCsvText } from '../../src/readers/index.ts';

export const referenceRoot = new URL('../../../../../shared/reference/', import.meta.url);

export const referenceUrl = (path: string) => new URL(path, referenceRoot);

export const readReferenceJson = <T>(path: string): T => JSON.parse(readFileSync(referenceUrl(path), 'utf8')) as T;

/** A reference CSV as objects keyed by its header. */
export function readReferenceCsv(path: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsvText(readFileSync(referenceUrl(path), 'utf8'), ',');
  return rows.map((row) => Object.fromEntries(header.map((name, k) => [name, row[k] ?? ''])));
}

/** A matrix as the reference JSON files write it. */
export interface ReferenceMatrix {
  rows: string[];
  cols: string[];
  data: (number | null)[][];
}

/** |actual − expected| ≤ tolerance; a null expectation (R's NaN / NA) expects null. */
export function expectClose(actual: number | null, expected: number | null, tolerance: number, label = ''): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Relative comparison for large values (REAT prints 15 significant digits). */
export function expectRelativelyClose(actual: number | null, expected: number, relative: number, label = ''): void {
  expectClose(actual, expected, Math.max(Math.abs(expected), 1) * relative, label);
}

/** Half a unit of the last digit printed: the tolerance of a value copied from a man-page comment. */
export function printedTolerance(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}
