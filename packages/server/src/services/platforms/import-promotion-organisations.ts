/**
 * Imports the cluster promotion organisations from a list (CSV/xlsx): columns 集群 (id or name of a top-level cluster
 * of the system), 名称, 类型 (行业协会, 产业联盟, 研究院, 服务中心, 其他), 联系岗位, 办公电话, 成立日期. Any problem refuses the
 * whole file, each named by row and column; a row equal to the organisation in force changes nothing.
 */
import { readDateCell, type CellValue, type PromotionOrgType } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { listPromotionOrganisations, recordPromotionOrganisation } from './promotion-organisations.ts';
import { platformPlaceResolver } from './resolve-platform-place.ts';

const COLUMNS = {
  cluster: '集群',
  name: '名称',
  type: '类型',
  role: '联系岗位',
  phone: '办公电话',
  founded: '成立日期',
};
const TYPES: readonly (readonly [RegExp, PromotionOrgType])[] = [
  [/协会|商会/u, 'association'],
  [/联盟/u, 'alliance'],
  [/研究院|研究所/u, 'institute'],
  [/服务中心|中心/u, 'service_centre'],
];
const text = (cell: CellValue | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

export async function importPromotionOrganisations(
  db: Kysely<DatabaseSchema>,
  input: { bytes: Uint8Array; fileName: string; systemId?: string | undefined; by: string },
): Promise<{ rows: number; recorded: number }> {
  let grids;
  try {
    grids = await readWorkbook(input.bytes, input.fileName);
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const rows = grids[0]?.rows ?? [];
  const headerIndex = rows.findIndex((row) => row.some((cell) => text(cell) === COLUMNS.cluster));
  const header = (rows[headerIndex] ?? []).map(text);
  const at = (key: keyof typeof COLUMNS) => header.indexOf(COLUMNS[key]);
  const problems: { path: string; message: string }[] = [];
  for (const key of ['cluster', 'name', 'role'] as const)
    if (at(key) < 0) problems.push({ path: input.fileName, message: `缺少列 ${COLUMNS[key]} (missing column)` });
  if (problems.length > 0) throw new AppError('validation_failed', '促进机构名单表头有误 (bad header)', problems);
  const place = await platformPlaceResolver(db, input.systemId);
  const entries = [];
  for (const [offset, row] of rows.slice(headerIndex + 1).entries()) {
    const sheetRow = headerIndex + offset + 2;
    if (row.every((cell) => text(cell) === '') || text(row[0]).startsWith('注')) continue;
    const where = (key: keyof typeof COLUMNS) => `第 ${sheetRow} 行 ${COLUMNS[key]} 列 (row ${sheetRow})`;
    const clusterId = place.clusterOf(text(row[at('cluster')]));
    if (clusterId === null) problems.push({ path: where('cluster'), message: '未知的集群 (unknown cluster)' });
    const name = text(row[at('name')]);
    const role = text(row[at('role')]);
    if (name === '') problems.push({ path: where('name'), message: '名称为空 (empty)' });
    if (role === '') problems.push({ path: where('role'), message: '联系岗位为空 (empty)' });
    const founded = at('founded') < 0 ? { kind: 'missing' as const } : readDateCell(row[at('founded')] ?? null);
    if (founded.kind === 'invalid') problems.push({ path: where('founded'), message: '日期无法识别 (invalid date)' });
    const typeText = at('type') < 0 ? '' : text(row[at('type')]);
    entries.push({
      clusterId: clusterId ?? '',
      name,
      type: TYPES.find(([pattern]) => pattern.test(typeText))?.[1] ?? ('other' as const),
      contactRole: role,
      officePhone: at('phone') < 0 ? null : text(row[at('phone')]) || null,
      foundedDate: founded.kind === 'date' ? founded.value : null,
    });
  }
  if (problems.length > 0)
    throw new AppError('validation_failed', '促进机构名单有误，未登记任何机构 (errors; nothing recorded)', problems);
  const current = new Map(
    (await listPromotionOrganisations(db, place.systemId)).map((row) => [row.clusterId, row.organisation]),
  );
  let recorded = 0;
  for (const entry of entries) {
    const now = current.get(entry.clusterId);
    if (now && now.name === entry.name && now.type === entry.type && now.contactRole === entry.contactRole) continue;
    await recordPromotionOrganisation(db, { ...entry, systemId: place.systemId, by: input.by });
    recorded += 1;
  }
  return { rows: entries.length, recorded };
}
