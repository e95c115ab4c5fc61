/**
 * Opens a case (摸排) for a firm and year, with its first trail entry. Where it came from is checked, not taken on
 * trust: an evaluation origin needs the firm among the published run's candidates of the year, a data-rule origin
 * needs a rule to find the firm on stored facts (their reasons are stored with the case), a local report needs a
 * note. The city opens cases anywhere, a county's staff for firms of their own unit (core's authorize). One case
 * per firm and year; the land and energy default to the firm's stored facts of the year.
 */
import type { AccessSubject, RectificationOrigin } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseByUscc } from '../../repositories/enterprise.repository.ts';
import {
  findRectificationCase,
  findRectificationCaseOf,
  insertRectificationCase,
  insertRectificationEvent,
  listRectificationEvents,
} from '../../repositories/rectification-case.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { findRectificationCandidates } from './find-rectification-candidates.ts';
import {
  presentRectificationCase,
  todayInChina,
  type PresentedRectificationCase,
} from './present-rectification-case.ts';

export interface OpenRectificationCaseInput {
  uscc: string;
  year: number;
  origin: RectificationOrigin;
  landMu?: number | null | undefined;
  parcelRefs?: readonly string[] | undefined;
  energyTce?: number | null | undefined;
  deadline?: string | null | undefined;
  note?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

const invalid = (path: string, zh: string, en: string) =>
  new AppError('validation_failed', `${zh} (${en})`, [{ path, message: en }]);

export async function openRectificationCase(
  db: Kysely<DatabaseSchema>,
  input: OpenRectificationCaseInput,
): Promise<PresentedRectificationCase> {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!enterprise) throw invalid('body.uscc', `没有企业 ${input.uscc}`, 'no such enterprise');
  assertAuthorized(input.subject, 'register.write', {
    uscc: enterprise.uscc,
    reportingUnitId: enterprise.reporting_unit_id,
  });
  const note = input.note?.trim() || null;
  if (input.origin === 'local_report' && note === null)
    throw invalid('body.note', '属地上报须说明情况', 'a local report needs a note');
  const { runId, candidates } = await findRectificationCandidates(db, { year: input.year, scope: { kind: 'all' } });
  const candidate = candidates.find((row) => row.uscc === enterprise.uscc);
  let originRules: unknown[] = [];
  if (input.origin === 'evaluation') {
    if (!candidate?.evaluation)
      throw invalid(
        'body.origin',
        `${input.uscc} 不是 ${input.year} 年已发布亩均评价的整治候选`,
        'not a candidate of the year’s published evaluation',
      );
    originRules = candidate.evaluation;
  } else if (input.origin === 'data_rule') {
    if (!candidate || candidate.dataRules.length === 0)
      throw invalid('body.origin', `${input.uscc} 未触发任何数据规则`, 'no data rule finds this enterprise');
    originRules = candidate.dataRules;
  }
  return db.transaction().execute(async (trx) => {
    if (await findRectificationCaseOf(trx, enterprise.id, input.year))
      throw new AppError(
        'conflict',
        `${input.uscc} 在 ${input.year} 年已有整治案件 (the firm already has a case this year)`,
      );
    const id = await insertRectificationCase(trx, {
      enterprise_id: enterprise.id,
      uscc: enterprise.uscc,
      reporting_unit_id: enterprise.reporting_unit_id,
      year: input.year,
      origin: input.origin,
      origin_run_id: input.origin === 'evaluation' ? runId : null,
      origin_rules: JSON.stringify(originRules),
      land_mu: input.landMu ?? candidate?.landMu ?? null,
      parcel_refs: JSON.stringify(input.parcelRefs ?? []),
      energy_tce: input.energyTce ?? candidate?.energyTce ?? null,
      deadline: input.deadline ?? null,
      note,
      opened_by: input.by,
    });
    await insertRectificationEvent(trx, { caseId: id, from: null, to: 'survey', by: input.by, note, evidence: null });
    return presentRectificationCase(
      (await findRectificationCase(trx, id))!,
      await listRectificationEvents(trx, [id]),
      todayInChina(),
    );
  });
}
