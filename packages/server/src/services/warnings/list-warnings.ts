/**
 * Warnings for the list (filtered by status, severity, reporting unit, rule; red first, newest first) with the
 * last run (its period and counts, or its failure after an import), and one warning with its event trail.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findLastWarningRunEvent,
  findWarning,
  listWarningEvents,
  listWarnings as listWarningRows,
  type WarningFilter,
} from '../../repositories/warnings.repository.ts';
import { presentWarning } from './present-warning.ts';

const statuses = ['open', 'acknowledged', 'closed'];
const severities = ['red', 'orange', 'yellow'];

function check(value: string | undefined, allowed: readonly string[], field: string) {
  if (value !== undefined && !allowed.includes(value))
    throw new AppError(
      'validation_failed',
      `${field} 应为 ${allowed.join('、')} (${field} must be one of ${allowed.join(', ')})`,
      [{ path: field, message: value }],
    );
}

export async function listWarnings(db: Kysely<DatabaseSchema>, filter: WarningFilter) {
  check(filter.status, statuses, 'status');
  check(filter.severity, severities, 'severity');
  const [rows, lastRun] = await Promise.all([listWarningRows(db, filter), findLastWarningRunEvent(db)]);
  return {
    lastRun: lastRun
      ? { action: lastRun.action, actor: lastRun.actor, at: lastRun.at, details: lastRun.details }
      : null,
    warnings: rows.map(presentWarning),
  };
}

export async function getWarning(db: Kysely<DatabaseSchema>, id: number) {
  const row = await findWarning(db, id);
  if (!row) throw notFound('预警', String(id));
  const events = await listWarningEvents(db, id);
  return {
    ...presentWarning(row),
    events: events.map((event) => ({ action: event.action, actor: event.actor, at: event.at, details: event.details })),
  };
}
