/**
 * A target measure measured from a register rather than from statistics (DOMAIN.md §2, issue 9): the number of
 * platforms of a kind, of enterprises in a cultivation pool, of signature chains, the growth of cluster
 * industrial investment. Each register exports providers of this shape; the targets service looks a target's
 * `measure` up in the list of providers and shows `unavailable` (with its reason) instead of a number when the
 * register has nothing for the year.
 */
import type { BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

export interface RegisterMeasureQuery {
  systemId: string;
  /** The target's cluster; null for a system-wide (city) target. */
  clusterId: string | null;
  /** Measure as of the end of this year (or the latest data at or before it). */
  asOfYear: number;
}

export type RegisterMeasureValue =
  | {
      /**
       * A count, or for a growth target a percentage as people write it (15 for 15 %); the targets service turns
       * a percentage into the ratio a % target is stored as (0.15).
       */
      value: number;
      /** The year the value stands for. */
      year: number;
      /** What was counted, for the explanation: e.g. 省级以上单项冠军（有效期内）. */
      basis: BilingualName;
    }
  | { value: null; unavailable: BilingualName };

export interface RegisterMeasureProvider {
  /** The measure id used in registry targets, e.g. `count:single_champions`. */
  measure: string;
  measureValue(db: Kysely<DatabaseSchema>, query: RegisterMeasureQuery): Promise<RegisterMeasureValue>;
}
