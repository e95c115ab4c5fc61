/**
 * Records a target's actual value for a year by hand (city staff), for measures no register or statistic keeps
 * (standards, brands, multinationals, 亩均税收 …): the value in the unit the target is written in (万元/亩, %, 家;
 * stored in the target's canonical unit, as the target's own value is), the source of the figure
 * (document, department, date) and who recorded it. Append-only; a later entry for the same year replaces the
 * figure shown, the earlier stays in the table. A computed figure (statistics, register) still wins over it.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listTargets } from '../../repositories/registry.repository.ts';
import { insertTargetActual } from '../../repositories/target-actual.repository.ts';
import { readManualActuals } from './manual-target-actuals.ts';
import type { ManualActual } from './manual-target-actuals.ts';

export interface RecordTargetActualInput {
  systemId: string;
  targetId: string;
  year: number;
  value: number;
  sourceText: string;
  by: string;
}

export async function recordTargetActual(
  db: Kysely<DatabaseSchema>,
  input: RecordTargetActualInput,
): Promise<ManualActual & { targetId: string; systemId: string }> {
  const target = (await listTargets(db, input.systemId)).find((row) => row.id === input.targetId);
  if (!target)
    throw new AppError('not_found', `体系 ${input.systemId} 没有目标 ${input.targetId} (no such target)`, [
      { path: 'id', message: input.targetId },
    ]);
  if (!Number.isFinite(input.value) || input.value < 0)
    throw new AppError('validation_failed', '实际值应为非负数 (the value must be a non-negative number)', [
      { path: 'body.value', message: 'non-negative number' },
    ]);
  const deadlineYear = Number(target.deadline.slice(0, 4));
  if (input.year > deadlineYear + 1)
    throw new AppError('validation_failed', `年份晚于目标期限 ${target.deadline} (year after the deadline)`, [
      { path: 'body.year', message: `after ${target.deadline}` },
    ]);
  const written = Number(target.value);
  const canonical = target.canonical_value === null ? written : Number(target.canonical_value);
  const factor = written === 0 ? 1 : canonical / written;
  await insertTargetActual(db, {
    systemId: input.systemId,
    targetId: input.targetId,
    year: input.year,
    value: String(Number((input.value * factor).toPrecision(12))),
    sourceText: input.sourceText.trim(),
    recordedBy: input.by,
  });
  const entry = (await readManualActuals(db, input.systemId, input.year)).get(input.targetId)!.get(input.year)!;
  return { ...entry, targetId: input.targetId, systemId: input.systemId };
}
