/**
 * The people's side of the lifecycle: acknowledge (open → acknowledged) and close (open or acknowledged →
 * closed, with a note saying what was done). Each step is an event of the append-only trail. A warning that
 * is already past the step is a conflict, not a silent success.
 */
import type { AccessSubject } from '@observatory/core';
import type { Kysely } from 'kysely';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findWarning,
  insertWarningEvent,
  setWarningAcknowledged,
  setWarningClosed,
} from '../../repositories/warnings.repository.ts';
import { requireActor, requireText } from '../evaluation/evaluation-guards.ts';
import { presentWarning, type PresentedWarning } from './present-warning.ts';

async function requireWarning(db: Kysely<DatabaseSchema>, id: number) {
  const row = await findWarning(db, id);
  if (!row) throw notFound('预警', String(id));
  return row;
}

/** A unit's staff handle only their unit's warnings; city-wide ones belong to the city. */
function assertMayHandle(
  subject: AccessSubject,
  row: { reporting_unit_id: string | null; subject_kind: string; subject_id: string },
) {
  assertAuthorized(subject, 'warning.handle', {
    reportingUnitId: row.reporting_unit_id,
    ...(row.subject_kind === 'enterprise' ? { uscc: row.subject_id } : {}),
  });
}

export async function acknowledgeWarning(
  db: Kysely<DatabaseSchema>,
  input: { id: number; by: string; subject: AccessSubject },
): Promise<PresentedWarning> {
  const by = requireActor(input.by, 'by');
  return db.transaction().execute(async (trx) => {
    const row = await requireWarning(trx, input.id);
    assertMayHandle(input.subject, row);
    if (!(await setWarningAcknowledged(trx, input.id, by)))
      throw new AppError(
        'conflict',
        `预警 ${input.id} 状态为 ${row.status}，只能确认待处理的预警 (warning ${input.id} is ${row.status}; only open warnings can be acknowledged)`,
      );
    await insertWarningEvent(trx, { warningId: input.id, action: 'acknowledged', actor: by, details: {} });
    return presentWarning(await requireWarning(trx, input.id));
  });
}

export async function closeWarning(
  db: Kysely<DatabaseSchema>,
  input: { id: number; by: string; note: string; subject: AccessSubject },
): Promise<PresentedWarning> {
  const by = requireActor(input.by, 'by');
  const note = requireText(input.note, 'note', '处理说明');
  return db.transaction().execute(async (trx) => {
    const row = await requireWarning(trx, input.id);
    assertMayHandle(input.subject, row);
    if (!(await setWarningClosed(trx, input.id, by, note)))
      throw new AppError('conflict', `预警 ${input.id} 已关闭 (warning ${input.id} is already closed)`);
    await insertWarningEvent(trx, {
      warningId: input.id,
      action: 'closed',
      actor: by,
      details: { note, from: row.status },
    });
    return presentWarning(await requireWarning(trx, input.id));
  });
}
