/**
 * Records evidence facts (证据事实) all or nothing: every row is checked first — a registered enterprise by its
 * USCC, a data year, a tag the loaded schemes know (else refused with the list of known tags), a positive whole
 * count, a real date — and against the store and the other rows (the same enterprise, year, tag, document and
 * date may be active only once). Any problem refuses the whole set with one detail per row and field, bilingual;
 * otherwise the facts are stored in one transaction with a facts_recorded event.
 */
import { checkUscc, isIsoDate } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterprisesByUscc } from '../../repositories/enterprise.repository.ts';
import {
  insertEvaluationFacts,
  listActiveFactsOf,
  type NewEvaluationFact,
} from '../../repositories/evaluation-fact.repository.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { isUniqueViolation } from '../../repositories/unique-violation.ts';
import { requireActor } from './evaluation-guards.ts';
import { listKnownFactTags } from './known-fact-tags.ts';

type Cell = string | number | null | undefined;

/** One fact as a file row or a JSON object gives it (text or numbers; blank optional fields are null). */
export interface EvaluationFactInput {
  uscc: Cell;
  year: Cell;
  tag: Cell;
  ref?: Cell;
  count?: Cell;
  date?: Cell;
  source?: Cell;
  note?: Cell;
}

export interface RecordFactsInput {
  facts: readonly EvaluationFactInput[];
  recordedBy: string;
  /** Where a field of the i-th fact is, for error details (default `facts.i.field`). */
  pathOf?: (index: number, field: string) => string;
  /** What the facts came from (a file name), kept in the event. */
  origin?: string | null;
}

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());
const optional = (cell: Cell): string | null => text(cell) || null;
const limits = { ref: 200, source: 200, note: 2000, tag: 100 } as const;

export async function recordEvaluationFacts(db: Kysely<DatabaseSchema>, input: RecordFactsInput) {
  const recordedBy = requireActor(input.recordedBy, 'recordedBy');
  const pathOf = input.pathOf ?? ((index, field) => `facts.${index}.${field}`);
  if (input.facts.length === 0)
    throw new AppError('validation_failed', '没有要登记的证据事实 (no facts to record)', [
      { path: 'facts', message: 'empty' },
    ]);
  const known = await listKnownFactTags(db);
  const enterprises = new Map(
    (await findEnterprisesByUscc(db, [...new Set(input.facts.map((fact) => checkUscc(text(fact.uscc)).code))])).map(
      (row) => [row.uscc, row],
    ),
  );
  const details: AppErrorDetail[] = [];
  const rows: (NewEvaluationFact & { index: number })[] = [];
  input.facts.forEach((fact, index) => {
    const problem = (field: string, message: string) => details.push({ path: pathOf(index, field), message });
    const uscc = checkUscc(text(fact.uscc));
    const enterprise = uscc.valid ? enterprises.get(uscc.code) : undefined;
    if (!uscc.valid) problem('uscc', uscc.reason ?? '统一社会信用代码无效 (invalid USCC)');
    else if (!enterprise) problem('uscc', `企业 ${uscc.code} 未登记 (enterprise ${uscc.code} is not registered)`);
    const year = Number(text(fact.year));
    if (!/^\d{4}$/.test(text(fact.year)) || year < 1900 || year > 2200)
      problem('year', `年度应为四位年份，实际为 "${text(fact.year)}" (year must be a four-digit year)`);
    const tag = text(fact.tag);
    if (tag === '') problem('tag', '缺少事实标签 (tag is required)');
    else if (!known.includes(tag))
      problem(
        'tag',
        known.length === 0
          ? `未载入任何评价方案，无法识别标签 "${tag}"，请先载入方案 (no scheme is loaded; load the schemes first)`
          : `评价方案未使用标签 "${tag}" (unknown tag; the loaded schemes know: ${known.join(', ')})`,
      );
    const countText = text(fact.count);
    const count = countText === '' ? 1 : Number(countText);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
      problem('count', `次数应为正整数，实际为 "${countText}" (count must be a whole number ≥ 1)`);
    const date = optional(fact.date);
    if (date !== null && !isIsoDate(date))
      problem('date', `日期应为 YYYY-MM-DD 的真实日期，实际为 "${date}" (date must be a real YYYY-MM-DD day)`);
    for (const field of ['ref', 'source', 'note'] as const)
      if (text(fact[field]).length > limits[field])
        problem(field, `${field} 超过 ${limits[field]} 个字符 (${field} longer than ${limits[field]} characters)`);
    if (tag.length > limits.tag) problem('tag', `标签过长 (tag longer than ${limits.tag} characters)`);
    if (enterprise)
      rows.push({
        index,
        enterpriseId: enterprise.id,
        reportingUnitId: enterprise.reporting_unit_id,
        year,
        tag,
        ref: optional(fact.ref),
        count,
        date,
        source: optional(fact.source),
        note: optional(fact.note),
        recordedBy,
      });
  });
  const identity = (f: { enterpriseId: number; year: number; tag: string; ref: string | null; date: string | null }) =>
    [f.enterpriseId, f.year, f.tag, f.ref ?? '', f.date ?? ''].join('\u0000');
  const active = await listActiveFactsOf(
    db,
    rows.map((row) => row.enterpriseId),
    rows.map((row) => row.year).filter((year) => Number.isInteger(year)),
  );
  const stored = new Map(
    active.map((f) => [identity({ ...f, enterpriseId: f.enterprise_id, date: f.fact_date }), f.id] as const),
  );
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = identity(row);
    const earlier = seen.get(key);
    if (stored.has(key))
      details.push({
        path: pathOf(row.index, 'tag'),
        message: `该事实已登记（编号 ${stored.get(key)}），如有误请先撤销 (already recorded as fact ${stored.get(key)}; retract it first)`,
      });
    else if (earlier !== undefined)
      details.push({
        path: pathOf(row.index, 'tag'),
        message: `与第 ${earlier + 1} 条重复 (the same fact as entry ${earlier + 1})`,
      });
    seen.set(key, earlier ?? row.index);
  }
  if (details.length > 0)
    throw new AppError(
      'validation_failed',
      `证据事实有 ${details.length} 处问题，未登记任何事实 (${details.length} problems; no fact was recorded)`,
      details,
    );
  try {
    return await db.transaction().execute(async (trx) => {
      const ids = await insertEvaluationFacts(
        trx,
        rows.map(({ index: _index, ...row }) => row),
      );
      await insertEvaluationEvent(trx, {
        runId: null,
        action: 'facts_recorded',
        actor: recordedBy,
        details: { factIds: ids, count: ids.length, origin: input.origin ?? null },
      });
      return { recorded: ids.length, ids };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('conflict', '同一事实已被他人登记 (the same fact was recorded meanwhile; nothing stored)');
    throw error;
  }
}
