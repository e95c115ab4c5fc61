/**
 * Imports a platform list (平台载体名单, CSV in UTF-8 or GB18030, xlsx or xls; core readPlatformList for the
 * columns): every row's reporting unit must be known (and the caller's own, for a unit's staff); a cluster that
 * does not resolve in the system is a warning and keeps its text. Any problem refuses the whole file, every problem
 * naming its row and column. An accepted file adds the platforms not yet registered (same kind, level and name),
 * appends the status changes a known platform's row shows beyond its stored trail, and updates its cluster,
 * recognised date and document. Importing the same file again changes nothing.
 */
import {
  authorize,
  platformStatusMayFollow,
  readPlatformList,
  type AccessSubject,
  type PlatformListProblem,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import {
  findPlatformByKey,
  insertPlatform,
  insertPlatformStatusChange,
  listPlatformStatusChanges,
  updatePlatformDetails,
} from '../../repositories/platform.repository.ts';
import { platformPlaceResolver } from './resolve-platform-place.ts';

export interface ImportPlatformsInput {
  bytes: Uint8Array;
  fileName: string;
  systemId?: string | undefined;
  dryRun?: boolean | undefined;
  by: string;
  subject: AccessSubject;
}

export interface PlatformImportOutcome {
  fileName: string;
  rows: number;
  created: number;
  statusChanges: number;
  unchanged: number;
  dryRun: boolean;
  warnings: PlatformListProblem[];
}

const where = (problem: PlatformListProblem) =>
  problem.row === null
    ? '文件 (file)'
    : `第 ${problem.row} 行${problem.column ? ` ${problem.column} 列` : ''} (row ${problem.row}${problem.column ? `, column ${problem.column}` : ''})`;

export async function importPlatformsFile(
  db: Kysely<DatabaseSchema>,
  input: ImportPlatformsInput,
): Promise<PlatformImportOutcome> {
  let grids;
  try {
    grids = await readWorkbook(input.bytes, input.fileName);
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const place = await platformPlaceResolver(db, input.systemId);
  const { records, problems } = readPlatformList(grids[0]?.rows ?? [], {
    unitKnown: (text) => place.unitOf(text) !== null,
  });
  const warnings: PlatformListProblem[] = [];
  const placed = records.map((record) => {
    const unitId = place.unitOf(record.unitText)!;
    if (!authorize(input.subject, 'register.write', { reportingUnitId: unitId }).allowed)
      problems.push({
        row: record.sheetRow,
        column: '县（市、区）',
        message: `不能导入其他单位的平台 (not your unit: ${unitId})`,
      });
    const clusterId = place.clusterOf(record.clusterText);
    if (record.clusterText !== null && clusterId === null)
      warnings.push({
        row: record.sheetRow,
        column: '所属集群',
        message: `体系 ${place.systemId} 中没有集群“${record.clusterText}”，保留原文 (cluster not resolved; text kept)`,
      });
    return { record, unitId, clusterId };
  });
  if (records.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: '文件没有数据行 (no data rows)' });
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      `平台名单有 ${problems.length} 处错误，未导入任何平台 (the platform list has errors; nothing imported)`,
      problems
        .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
        .map((problem) => ({ path: where(problem), message: problem.message })),
    );
  const outcome: PlatformImportOutcome = {
    fileName: input.fileName,
    rows: records.length,
    created: 0,
    statusChanges: 0,
    unchanged: 0,
    dryRun: input.dryRun ?? false,
    warnings,
  };
  const apply = async (trx: Kysely<DatabaseSchema>) => {
    for (const { record, unitId, clusterId } of placed) {
      const details = {
        systemId: clusterId === null ? null : place.systemId,
        clusterId,
        clusterText: record.clusterText,
        recognisedDate: record.recognisedDate,
        document: record.document,
        note: record.note,
      };
      const existing = await findPlatformByKey(trx, record);
      let platformId: number;
      let last: { status: (typeof record.history)[number]['status']; date: string } | null = null;
      if (existing) {
        platformId = existing.id;
        last = (await listPlatformStatusChanges(trx, [existing.id])).at(-1) ?? null;
        await updatePlatformDetails(trx, existing.id, details);
      } else {
        platformId = await insertPlatform(trx, { ...record, reportingUnitId: unitId, ...details, createdBy: input.by });
        outcome.created += 1;
      }
      let changed = false;
      for (const change of record.history) {
        if (last !== null && (change.date < last.date || (change.date === last.date && change.status === last.status)))
          continue;
        if (!platformStatusMayFollow(last?.status ?? null, change.status)) continue;
        await insertPlatformStatusChange(trx, {
          platformId,
          status: change.status,
          date: change.date,
          document: record.document,
          note: `导入 ${input.fileName} 第 ${record.sheetRow} 行`,
          recordedBy: input.by,
        });
        last = change;
        changed = true;
        if (existing) outcome.statusChanges += 1;
      }
      if (existing && !changed) outcome.unchanged += 1;
    }
  };
  if (outcome.dryRun) {
    for (const { record } of placed)
      if (await findPlatformByKey(db, record)) outcome.unchanged += 1;
      else outcome.created += 1;
    return outcome;
  }
  await db.transaction().execute(apply);
  return outcome;
}
