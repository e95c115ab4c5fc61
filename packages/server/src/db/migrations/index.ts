/** The ordered list of migrations. Add a file and a line here; never edit a migration that has shipped. */
import type { Migration } from 'kysely';
import * as reference from './0001-reference.ts';
import * as registry from './0002-registry.ts';
import * as enterprise from './0003-enterprise.ts';
import * as intake from './0004-intake.ts';
import * as statistics from './0005-statistics.ts';
import * as evaluation from './0006-evaluation.ts';

export const migrations: Record<string, Migration> = {
  '0001-reference': reference,
  '0002-registry': registry,
  '0003-enterprise': enterprise,
  '0004-intake': intake,
  '0005-statistics': statistics,
  '0006-evaluation': evaluation,
};
