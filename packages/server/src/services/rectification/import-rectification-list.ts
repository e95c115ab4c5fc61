/**
 * Imports a county's rectification list (整治清单, CSV or xlsx; the demo writes 整治/高耗低效企业整治清单_YYYY年.xlsx):
 * each row a firm with its land, energy, plan type, the status reached, deadline and outcomes. Every row is
 * checked first (registered USCC, the county matches, known plan and status words, numbers, real dates, the
 * fields each status needs, one row per firm, no case yet in the year) and every problem is reported with its row
 * and column (up to 50) in one validation_failed error; otherwise all rows are stored in one transaction as cases
 * of the year (origin 属地上报, the list's 来源 kept in the note) with their trail walked up to the listed status
 * by the importing person, dated the day the list reports (`asOf`, else now) so the 通报 replays it. A county's staff import their own unit's rows only.
 */
import {
  rectificationMoveProblem,
  reportingUnitLookup,
  RECTIFICATION_STAGES,
  type AccessSubject,
  type RectificationPlanType,
  type RectificationStatus,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { findEnterprisesByUscc } from '../../repositories/enterprise.repository.ts';
import {
  insertRectificationCase,
  insertRectificationEvent,
  listRectificationCaseUsccs,
} from '../../repositories/rectification-case.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import {
  cellDate,
  cellNumber,
  cellText,
  findListHeader,
  LIST_COLUMNS,
  planOfText,
  statusOfText,
  type ListField,
} from './rectification-list-columns.ts';

export interface ImportRectificationListInput {
  bytes: Uint8Array;
  fileName: string;
  year: number;
  /** The day the list reports (ISO date): its trail is dated then; today when absent. */
  asOf?: string | undefined;
  by: string;
  subject: AccessSubject;
}

interface ListRow {
  sheetRow: number;
  enterpriseId: number;
  uscc: string;
  unitId: string;
  source: string | null;
  landMu: number | null;
  parcel: string | null;
  energyTce: number | null;
  plan: RectificationPlanType | null;
  status: RectificationStatus;
  deadline: string | null;
  landFreedMu: number | null;
  energyFreedTce: number | null;
  taxBefore: number | null;
  taxAfter: number | null;
  note: string | null;
}

const MAX_DETAILS = 50;

/** The statuses from 摸排 to `status` (不予认定 straight after 摸排). */
function pathTo(status: RectificationStatus): RectificationStatus[] {
  if (status === 'dismissed') return ['survey', 'dismissed'];
  return RECTIFICATION_STAGES.slice(0, RECTIFICATION_STAGES.indexOf(status) + 1);
}

export async function importRectificationList(db: Kysely<DatabaseSchema>, input: ImportRectificationListInput) {
  let sheets;
  try {
    sheets = await readWorkbook(input.bytes, input.fileName);
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const [sheet] = sheets;
  const header = sheet ? findListHeader(sheet.rows) : null;
  if (!sheet || !header)
    throw new AppError('validation_failed', `${input.fileName} 中找不到表头（统一社会信用代码）(no header row)`);
  const missing = (['uscc', 'status'] as ListField[]).filter((field) => !header.columns.has(field));
  if (missing.length > 0)
    throw new AppError(
      'validation_failed',
      `缺少列 (missing columns): ${missing.map((field) => LIST_COLUMNS[field][0]).join('、')}`,
    );
  const body = sheet.rows
    .slice(header.row + 1)
    .map((cells, index) => ({ cells, sheetRow: header.row + index + 2 }))
    .filter(({ cells }) => /^[0-9A-Z]{18}$/u.test(cellText(cells[header.columns.get('uscc')!]) ?? ''));
  const usccs = body.map(({ cells }) => cellText(cells[header.columns.get('uscc')!])!);
  const [enterprises, units, existing] = await Promise.all([
    findEnterprisesByUscc(db, usccs),
    listReportingUnits(db),
    listRectificationCaseUsccs(db, input.year),
  ]);
  const enterpriseOf = new Map(enterprises.map((e) => [e.uscc, e]));
  const unitOfText = reportingUnitLookup(units.map((unit) => ({ id: unit.id, nameZh: unit.name_zh })));
  const problems: AppErrorDetail[] = [];
  const rows: ListRow[] = [];
  const seen = new Set<string>();
  for (const { cells, sheetRow } of body) {
    const place = (field: ListField) => `第${sheetRow}行「${LIST_COLUMNS[field][0]}」(row ${sheetRow})`;
    const problem = (field: ListField, zh: string, en: string) =>
      problems.push({ path: place(field), message: `${zh} (${en})` });
    const cell = (field: ListField) => (header.columns.has(field) ? cells[header.columns.get(field)!] : undefined);
    const number = (field: ListField) => {
      const value = cellNumber(cell(field));
      if (value === undefined || (value !== null && value < 0 && field !== 'taxBefore' && field !== 'taxAfter')) {
        problem(field, `不是有效数值：${cellText(cell(field))}`, 'not a valid number');
        return null;
      }
      return value;
    };
    const uscc = cellText(cell('uscc'))!;
    const enterprise = enterpriseOf.get(uscc);
    if (!enterprise) problem('uscc', `企业未登记：${uscc}`, 'enterprise not registered');
    if (seen.has(uscc)) problem('uscc', '同一企业重复出现', 'the firm appears twice');
    if (existing.has(uscc)) problem('uscc', `${input.year} 年已有整治案件`, 'the firm already has a case this year');
    seen.add(uscc);
    const unitText = cellText(cell('unit'));
    const unitId = unitText === null ? enterprise?.reporting_unit_id : (unitOfText(unitText) ?? undefined);
    if (unitText !== null && unitId === undefined) problem('unit', `未知县（市、区）：${unitText}`, 'unknown unit');
    else if (enterprise && unitId !== enterprise.reporting_unit_id)
      problem('unit', `与企业登记的县（市、区）不符：${unitText}`, 'not the firm’s registered unit');
    const statusText = cellText(cell('status'));
    const status = statusText === null ? undefined : statusOfText.get(statusText);
    if (status === undefined) problem('status', `未知整治状态：${statusText ?? '（空）'}`, 'unknown status');
    const planText = cellText(cell('plan'));
    const plan = planText === null ? null : (planOfText.get(planText) ?? undefined);
    if (plan === undefined) problem('plan', `未知整治方式：${planText}`, 'unknown plan type');
    const deadline = cellDate(cell('deadline'));
    if (deadline === undefined) problem('deadline', `不是有效日期：${cellText(cell('deadline'))}`, 'not a real date');
    const row = {
      landMu: number('landMu'),
      energyTce: number('energyTce'),
      landFreedMu: number('landFreedMu'),
      energyFreedTce: number('energyFreedTce'),
      taxBefore: number('taxBefore'),
      taxAfter: number('taxAfter'),
    };
    if (status !== undefined && plan !== undefined) {
      const fields = { planType: plan, landFreedMu: row.landFreedMu, energyFreedTce: row.energyFreedTce };
      const path = pathTo(status);
      for (let k = 1; k < path.length; k++) {
        const why = rectificationMoveProblem({ status: path[k - 1]!, ...fields }, path[k]!, cellText(cell('note')));
        if (why) {
          const field: ListField = path[k] === 'planned' ? 'plan' : path[k] === 'dismissed' ? 'note' : 'landFreedMu';
          problem(field, why.zh, why.en);
          break;
        }
      }
    }
    if (enterprise && status !== undefined && plan !== undefined && deadline !== undefined)
      rows.push({
        sheetRow,
        enterpriseId: enterprise.id,
        uscc,
        unitId: enterprise.reporting_unit_id,
        source: cellText(cell('source')),
        parcel: cellText(cell('parcel')),
        plan,
        status,
        deadline,
        note: cellText(cell('note')),
        ...row,
      });
  }
  for (const row of rows) {
    try {
      assertAuthorized(input.subject, 'register.write', { uscc: row.uscc, reportingUnitId: row.unitId });
    } catch {
      problems.push({
        path: `第${row.sheetRow}行 (row ${row.sheetRow})`,
        message: `不在您的数据范围内：${row.uscc} (outside your scope)`,
      });
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_DETAILS);
    if (problems.length > MAX_DETAILS)
      shown.push({
        message: `另有 ${problems.length - MAX_DETAILS} 处问题未列出 (and ${problems.length - MAX_DETAILS} more)`,
      });
    throw new AppError(
      'validation_failed',
      `整治清单 ${input.fileName} 有 ${problems.length} 处问题，未导入 (the list has problems; nothing imported)`,
      shown,
    );
  }
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const note = [row.source === null ? null : `来源：${row.source}`, row.note].filter(Boolean).join('；') || null;
      const id = await insertRectificationCase(trx, {
        enterprise_id: row.enterpriseId,
        uscc: row.uscc,
        reporting_unit_id: row.unitId,
        year: input.year,
        origin: 'local_report',
        origin_run_id: null,
        origin_rules: JSON.stringify([]),
        land_mu: row.landMu,
        parcel_refs: JSON.stringify(row.parcel === null ? [] : [row.parcel]),
        energy_tce: row.energyTce,
        plan_type: row.plan,
        status: row.status,
        deadline: row.deadline,
        land_freed_mu: row.landFreedMu,
        energy_freed_tce: row.energyFreedTce,
        tax_per_mu_before_yuan: row.taxBefore === null ? null : row.taxBefore * 10_000,
        tax_per_mu_after_yuan: row.taxAfter === null ? null : row.taxAfter * 10_000,
        note,
        opened_by: input.by,
      });
      const path = pathTo(row.status);
      for (let k = 0; k < path.length; k++)
        await insertRectificationEvent(trx, {
          caseId: id,
          from: k === 0 ? null : path[k - 1]!,
          to: path[k]!,
          by: input.by,
          note:
            k === 0 ? `整治清单导入 ${input.fileName} 第${row.sheetRow}行` : path[k] === 'dismissed' ? row.note : null,
          evidence: null,
          at: input.asOf === undefined ? undefined : `${input.asOf}T12:00:00+08:00`,
        });
    }
  });
  return { fileName: input.fileName, year: input.year, cases: rows.length };
}
