/** The GB/T 4754 industry classification, per edition. */
import type { IndustryRow } from '@observatory/core';
import { chunked, escapeLike, type Queryable } from './queryable.ts';

export async function upsertIndustries(db: Queryable, edition: string, rows: readonly IndustryRow[]): Promise<void> {
  const values = rows.map((row, index) => ({
    edition,
    code: row.code,
    level: row.level,
    name_zh: row.name,
    parent_code: row.parentCode,
    section: row.section,
    sort_order: index + 1,
  }));
  for (const chunk of chunked(values)) {
    await db
      .insertInto('industry')
      .values(chunk)
      .onConflict((conflict) =>
        conflict.columns(['edition', 'code']).doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          name_zh: eb.ref('excluded.name_zh'),
          parent_code: eb.ref('excluded.parent_code'),
          section: eb.ref('excluded.section'),
          sort_order: eb.ref('excluded.sort_order'),
        })),
      )
      .execute();
  }
}

export interface IndustryFilter {
  level?: string | undefined;
  parentCode?: string | undefined;
  /** Matches the start of the code or any part of the name. */
  search?: string | undefined;
  limit: number;
  offset: number;
}

export async function listIndustries(db: Queryable, edition: string, filter: IndustryFilter) {
  let query = db
    .selectFrom('industry')
    .select(['code', 'level', 'name_zh', 'parent_code', 'section'])
    .where('edition', '=', edition);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.parentCode) query = query.where('parent_code', '=', filter.parentCode);
  if (filter.search) {
    const search = filter.search;
    query = query.where((eb) =>
      eb.or([eb('code', 'like', `${escapeLike(search)}%`), eb('name_zh', 'like', `%${escapeLike(search)}%`)]),
    );
  }
  return query.orderBy('sort_order').limit(filter.limit).offset(filter.offset).execute();
}

export async function findIndustries(db: Queryable, edition: string, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('industry')
    .select(['code', 'level', 'name_zh', 'parent_code', 'section'])
    .where('edition', '=', edition)
    .where('code', 'in', codes)
    .execute();
}

export async function listIndustryCodes(db: Queryable, edition: string): Promise<Set<string>> {
  const rows = await db.selectFrom('industry').select('code').where('edition', '=', edition).execute();
  return new Set(rows.map((row) => row.code));
}

export async function countIndustriesByLevel(db: Queryable, edition: string) {
  return db
    .selectFrom('industry')
    .select(['level', (eb) => eb.fn.countAll<number>().as('count')])
    .where('edition', '=', edition)
    .groupBy('level')
    .execute();
}
