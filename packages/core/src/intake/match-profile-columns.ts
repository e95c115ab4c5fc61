/**
 * Which sheet column carries each column of a source profile, given the composed header labels. Profile
 * columns are taken in the profile's order; each takes the leftmost sheet column not yet taken whose label
 * matches its first synonym that matches any free column (synonyms tried in the profile's order), by the
 * rule of label-matches-synonym.ts. So a sheet column is never given to two profile columns, and when a sheet
 * repeats a name the first occurrence wins.
 */
import { headerLabelParts, type HeaderLabelParts } from './header-label-parts.ts';
import { labelMatchesSynonym, synonymParts } from './label-matches-synonym.ts';
import type { ProfileColumn } from './source-profile.ts';

export interface ColumnMatch {
  /** The profile column's key. */
  key: string;
  /** 0-based sheet column. */
  index: number;
  /** The composed header label as the sheet writes it. */
  label: string;
  /** The unit the header states, as written, or null. */
  headerUnit: string | null;
}

/**
 * Labels and synonyms repeat across bands, profiles and files: their parts are worked out once per text
 * (pure functions of the text; the cache is dropped when it grows past a bound).
 */
const CACHE_LIMIT = 20_000;
const labelPartsCache = new Map<string, HeaderLabelParts>();
const synonymPartsCache = new Map<string, readonly string[]>();
function remembered<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (value = compute(text)));
  }
  return value;
}

/** The profile columns found among `labels`, in profile order; columns not found are left out. */
export function matchProfileColumns(
  labels: readonly string[],
  columns: readonly Pick<ProfileColumn, 'key' | 'synonyms'>[],
): ColumnMatch[] {
  const parsed = labels.map((label) => remembered(labelPartsCache, label, headerLabelParts));
  const taken = new Set<number>();
  const matches: ColumnMatch[] = [];
  for (const column of columns) {
    for (const synonym of column.synonyms) {
      const wanted = remembered(synonymPartsCache, synonym, synonymParts);
      const index = parsed.findIndex((label, at) => !taken.has(at) && labelMatchesSynonym(label.parts, wanted));
      const found = parsed[index];
      if (found === undefined) continue;
      taken.add(index);
      matches.push({ key: column.key, index, label: labels[index] ?? '', headerUnit: found.unit });
      break;
    }
  }
  return matches;
}
