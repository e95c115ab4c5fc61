/**
 * Records a platform's next status (认定, 复核, 摘牌) with its date and document: only along 培育/创建 → 认定 →
 * 复核 (repeatable) → 摘牌, never dated before the current status. A unit's staff change their own unit's platforms.
 * Recognising a platform sets its recognised date.
 */
import {
  PLATFORM_STATUS_NAMES,
  platformStatusMayFollow,
  type AccessSubject,
  type PlatformStatus,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findPlatform,
  insertPlatformStatusChange,
  listPlatformStatusChanges,
  updatePlatformDetails,
} from '../../repositories/platform.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { presentPlatform, todayIso, type PresentedPlatform } from './present-platform.ts';

export interface ChangePlatformStatusInput {
  id: number;
  status: PlatformStatus;
  date: string;
  document?: string | null | undefined;
  note?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

export async function changePlatformStatus(
  db: Kysely<DatabaseSchema>,
  input: ChangePlatformStatusInput,
): Promise<PresentedPlatform> {
  const platform = await findPlatform(db, input.id);
  if (!platform) throw notFound('平台', String(input.id));
  assertAuthorized(input.subject, 'register.write', { reportingUnitId: platform.reporting_unit_id });
  const history = await listPlatformStatusChanges(db, [platform.id]);
  const last = history.at(-1) ?? null;
  if (!platformStatusMayFollow(last?.status ?? null, input.status))
    throw new AppError(
      'conflict',
      `不能从“${last ? PLATFORM_STATUS_NAMES[last.status].zh : '无'}”变为“${PLATFORM_STATUS_NAMES[input.status].zh}” ` +
        `(cannot move from ${last?.status ?? 'none'} to ${input.status})`,
    );
  if (last && input.date < last.date)
    throw new AppError('validation_failed', `日期早于当前状态日期 ${last.date} (date before the current status)`, [
      { path: 'body.date', message: `before ${last.date}` },
    ]);
  return db.transaction().execute(async (trx) => {
    await insertPlatformStatusChange(trx, {
      platformId: platform.id,
      status: input.status,
      date: input.date,
      document: input.document?.trim() || null,
      note: input.note?.trim() || null,
      recordedBy: input.by,
    });
    if (input.status === 'recognised')
      await updatePlatformDetails(trx, platform.id, {
        systemId: platform.system_id,
        clusterId: platform.cluster_id,
        clusterText: platform.cluster_text,
        recognisedDate: input.date,
        document: input.document?.trim() || platform.document,
        note: platform.note,
      });
    return presentPlatform(
      (await findPlatform(trx, platform.id))!,
      await listPlatformStatusChanges(trx, [platform.id]),
      todayIso(),
    );
  });
}
