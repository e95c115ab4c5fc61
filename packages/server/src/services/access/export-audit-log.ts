/**
 * The auditor's export of the audit log as CSV (UTF-8 with BOM for Excel): every column including the hashes, so
 * the export itself can be checked against the chain. Text cells that a spreadsheet would run as a formula are
 * neutralised with a leading apostrophe.
 */
import { readAuditPage, type AuditPageFilter } from '../../repositories/audit-log.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

const HEADER = [
  '序号 sequence',
  '时间 at',
  '操作人 actor',
  '操作 action',
  '对象 target',
  '来源 origin',
  '详情 details',
  '前序哈希 previous_hash',
  '哈希 hash',
];

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export async function exportAuditLog(
  db: Queryable,
  filter: Omit<AuditPageFilter, 'afterSequence' | 'limit'> = {},
): Promise<{ csv: string; entries: number }> {
  const lines = [HEADER.map(csvCell).join(',')];
  let afterSequence = 0;
  let entries = 0;
  for (;;) {
    const page = await readAuditPage(db, { ...filter, afterSequence, limit: 5_000 });
    if (page.length === 0) break;
    for (const entry of page)
      lines.push(
        [
          String(entry.sequence),
          entry.at,
          entry.actor,
          entry.action,
          entry.target,
          entry.origin ?? '',
          JSON.stringify(entry.details),
          entry.previousHash,
          entry.hash,
        ]
          .map(csvCell)
          .join(','),
      );
    entries += page.length;
    afterSequence = page[page.length - 1]!.sequence;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, entries };
}
