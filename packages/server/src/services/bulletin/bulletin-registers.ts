/**
 * 重点工作推进, the bulletin's register section (issue 9): projects, pools, rectification and platforms of the
 * bulletin's period and systems, each from its register's own service, for the bulletin's audience.
 */
import { BULLETIN_REGISTERS_TITLE, type BulletinRegisters, type DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { bulletinPlatforms } from './bulletin-platforms.ts';
import { bulletinPools } from './bulletin-pools.ts';
import { bulletinProjects } from './bulletin-projects.ts';
import { bulletinRectification } from './bulletin-rectification.ts';

export interface BulletinRegistersInput {
  year: number;
  month: number;
  /** The bulletin's published systems: their register targets (the projects' grouping uses the first, else 五大). */
  systemIds: readonly string[];
  audience: Audience;
  rules: DisclosureRules;
}

/** The last day of the period's month. */
export const periodEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

export async function buildBulletinRegisters(
  db: Kysely<DatabaseSchema>,
  input: BulletinRegistersInput,
): Promise<BulletinRegisters> {
  const { systemIds } = input;
  // An annual bulletin (month 0) reads the registers as at December.
  const month = input.month === 0 ? 12 : input.month;
  const asOf = periodEnd(input.year, month);
  const projects = await bulletinProjects(db, {
    year: input.year,
    month,
    systemId: systemIds[0] ?? 'wuda',
    audience: input.audience,
    rules: input.rules,
  });
  const pools = await bulletinPools(db, { year: input.year, asOf, systemIds });
  const rectification = await bulletinRectification(db, {
    year: input.year,
    month,
    audience: input.audience,
  });
  const platforms = await bulletinPlatforms(db, { year: input.year, asOf, systemIds });
  return { title: BULLETIN_REGISTERS_TITLE, projects, pools, rectification, platforms };
}
