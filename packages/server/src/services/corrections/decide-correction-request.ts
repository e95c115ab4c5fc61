/**
 * The city's decision on a data-correction request: accepted or rejected, with a note, by a named person, once.
 * An accepted correction is a decision record only: the stored value changes when the department's corrected file
 * is imported again (a new revision of that source and period), which the answer's message says. The decision is
 * audited with the request.
 */
import type { BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  decideCorrectionRequest as recordDecision,
  findCorrectionRequest,
} from '../../repositories/correction-request.repository.ts';
import { recordAudit } from '../access/record-audit.ts';
import { presentCorrectionRequest, type CorrectionRequestView } from './present-correction-request.ts';

export interface CorrectionDecision {
  id: number;
  decision: 'accept' | 'reject';
  note: string;
  decidedBy: string;
  /** The audit log's actor (`account:<id>` or `token:admin`). */
  actor: string;
  origin?: string | null;
}

const MESSAGES: Record<'accepted' | 'rejected', BilingualName> = {
  accepted: {
    zh: '已受理更正：此为处理记录，数据本身须由主管部门重新导入更正后的文件（形成新的修订版本）后才会改变。',
    en:
      'Correction accepted: this is a decision record; the stored value changes only when the corrected file is ' +
      're-imported (a new revision of that source and period).',
  },
  rejected: { zh: '已驳回更正申请，数据不变。', en: 'Correction rejected; the stored value stays as it is.' },
};

export async function decideCorrectionRequest(
  db: Kysely<DatabaseSchema>,
  input: CorrectionDecision,
): Promise<CorrectionRequestView & { message: BilingualName }> {
  if (input.note.trim() === '')
    throw new AppError('validation_failed', '请填写处理意见 (a note is required)', [
      { path: 'body.note', message: 'required' },
    ]);
  return db.transaction().execute(async (trx) => {
    const request = await findCorrectionRequest(trx, input.id);
    if (request === undefined) throw notFound('更正申请', String(input.id));
    const status = input.decision === 'accept' ? 'accepted' : 'rejected';
    const decided =
      request.status === 'pending'
        ? await recordDecision(trx, input.id, { status, decidedBy: input.decidedBy, note: input.note.trim() })
        : undefined;
    if (decided === undefined)
      throw new AppError(
        'conflict',
        `更正申请 #${input.id} 已处理 (${request.status}) (correction request #${input.id} was already decided)`,
      );
    await recordAudit(trx, {
      actor: input.actor,
      action: `correction.${status === 'accepted' ? 'accept' : 'reject'}`,
      target: `correction_request:${input.id}`,
      origin: input.origin ?? null,
      details: { uscc: decided.uscc, measure: decided.measure, decidedBy: input.decidedBy },
    });
    return { ...presentCorrectionRequest(decided), message: MESSAGES[status] };
  });
}
