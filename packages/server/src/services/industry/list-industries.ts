/** Lists GB/T 4754 codes by level, parent or text, with paging. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listIndustries as queryIndustries, type IndustryFilter } from '../../repositories/industry.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';
import { toIndustryView } from './show-industry.ts';

export async function listIndustries(db: Kysely<DatabaseSchema>, filter: IndustryFilter) {
  const rows = await queryIndustries(db, INDUSTRY_EDITION, filter);
  return rows.map(toIndustryView);
}
