/**
 * Adds one platform by hand: kind and a level it is designated at, the reporting unit (a unit's staff add their own
 * unit's only), the cluster of the system (by id or name), and its first status — 认定 on the recognised date, or
 * 培育/创建 from a date. The same kind, level and name twice is a conflict. The recorder is the caller.
 */
import {
  PLATFORM_KIND_INFO,
  PLATFORM_LEVEL_NAMES,
  type AccessSubject,
  type PlatformKind,
  type PlatformLevel,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findPlatformByKey,
  insertPlatform,
  insertPlatformStatusChange,
  listPlatformStatusChanges,
  findPlatform,
} from '../../repositories/platform.repository.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { presentPlatform, todayIso, type PresentedPlatform } from './present-platform.ts';
import { platformPlaceResolver } from './resolve-platform-place.ts';

export interface AddPlatformInput {
  name: string;
  kind: PlatformKind;
  level: PlatformLevel;
  reportingUnitId: string;
  systemId?: string | undefined;
  cluster?: string | null | undefined;
  /** YYYY-MM-DD; when given the platform starts 认定 on it, else 培育/创建 from `cultivatingSince` (default today). */
  recognisedDate?: string | null | undefined;
  cultivatingSince?: string | null | undefined;
  document?: string | null | undefined;
  note?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

const invalid = (path: string, zh: string, en: string) =>
  new AppError('validation_failed', `${zh} (${en})`, [{ path, message: en }]);

export async function addPlatform(db: Kysely<DatabaseSchema>, input: AddPlatformInput): Promise<PresentedPlatform> {
  assertAuthorized(input.subject, 'register.write', { reportingUnitId: input.reportingUnitId });
  const info = PLATFORM_KIND_INFO[input.kind];
  if (!info.levels.includes(input.level))
    throw invalid(
      'body.level',
      `${info.name.zh}没有${PLATFORM_LEVEL_NAMES[input.level].zh}`,
      `no ${input.level} level for ${info.name.en}`,
    );
  if (!(await findReportingUnit(db, input.reportingUnitId)))
    throw invalid('body.reportingUnit', `没有报送单位 ${input.reportingUnitId}`, 'unknown reporting unit');
  const name = input.name.trim();
  if (await findPlatformByKey(db, { kind: input.kind, level: input.level, name }))
    throw new AppError(
      'conflict',
      `已有同名同级的${info.name.zh}：${name} (a platform of this kind, level and name exists)`,
    );
  const place = await platformPlaceResolver(db, input.systemId);
  const clusterId = place.clusterOf(input.cluster);
  if (input.cluster && clusterId === null)
    throw invalid('body.cluster', `体系 ${place.systemId} 中没有集群“${input.cluster}”`, 'unknown cluster');
  const first = input.recognisedDate
    ? { status: 'recognised' as const, date: input.recognisedDate }
    : { status: 'cultivating' as const, date: input.cultivatingSince ?? todayIso() };
  return db.transaction().execute(async (trx) => {
    const id = await insertPlatform(trx, {
      name,
      kind: input.kind,
      level: input.level,
      reportingUnitId: input.reportingUnitId,
      systemId: clusterId === null ? null : place.systemId,
      clusterId,
      clusterText: input.cluster?.trim() || null,
      recognisedDate: input.recognisedDate ?? null,
      document: input.document?.trim() || null,
      note: input.note?.trim() || null,
      createdBy: input.by,
    });
    await insertPlatformStatusChange(trx, {
      platformId: id,
      ...first,
      document: input.document?.trim() || null,
      note: null,
      recordedBy: input.by,
    });
    return presentPlatform((await findPlatform(trx, id))!, await listPlatformStatusChanges(trx, [id]), todayIso());
  });
}
