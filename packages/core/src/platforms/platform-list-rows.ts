/**
 * A platform list file (平台载体名单) read into records: one header row (the first non-empty row after any title
 * rows whose cells do not name a column), one platform per row. Columns by their Chinese names (名称, 类别, 级别,
 * 县（市、区）, 所属集群, 认定时间, 认定文件, 状态, 状态日期, 备注; synonyms below). Every problem names its sheet row
 * and column; a file with any problem is refused whole by the server. The status trail a row implies: a recognised
 * platform is 认定 on its recognised date, a reviewed or delisted one also has its later status on the status date.
 */
import type { CellValue } from '../intake/sheet-grid.ts';
import { readDateCell } from '../registers/read-date-cell.ts';
import {
  PLATFORM_KIND_INFO,
  PLATFORM_LEVEL_NAMES,
  platformKindOf,
  platformLevelOf,
  type PlatformKind,
  type PlatformLevel,
} from './platform-kind.ts';
import { platformStatusOf, type PlatformStatus, type PlatformStatusChange } from './platform-status.ts';

export const PLATFORM_LIST_COLUMNS = {
  name: ['名称', '平台名称', '载体名称', '基地名称', '园区名称', '平台（载体）名称'],
  kind: ['类别', '类型', '平台类别', '载体类型', '平台类型'],
  level: ['级别', '层级', '认定级别'],
  unit: ['县（市、区）', '县(市、区)', '所在地', '所属区域', '报送单位', '区县'],
  cluster: ['所属集群', '产业集群', '所属产业集群'],
  recognisedDate: ['认定时间', '认定日期', '命名时间', '授牌时间'],
  document: ['认定文件', '文号', '认定文号', '发文文号'],
  status: ['状态', '当前状态'],
  statusDate: ['状态日期', '变更日期', '复核日期', '摘牌日期'],
  note: ['备注'],
} as const;
export type PlatformListColumn = keyof typeof PLATFORM_LIST_COLUMNS;
const REQUIRED: readonly PlatformListColumn[] = ['name', 'kind', 'unit'];

export interface PlatformListRecord {
  sheetRow: number;
  name: string;
  kind: PlatformKind;
  level: PlatformLevel;
  unitText: string;
  clusterText: string | null;
  recognisedDate: string | null;
  document: string | null;
  status: PlatformStatus;
  history: PlatformStatusChange[];
  note: string | null;
}

export interface PlatformListProblem {
  /** 1-based sheet row, null for the file. */
  row: number | null;
  column: string | null;
  message: string;
}

const text = (cell: CellValue | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
const normal = (label: string) =>
  label
    .replace(/[\s*＊]/gu, '')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）');

function columnOf(label: string): PlatformListColumn | null {
  const clean = normal(label);
  for (const [column, words] of Object.entries(PLATFORM_LIST_COLUMNS))
    if ((words as readonly string[]).some((word) => normal(word) === clean)) return column as PlatformListColumn;
  return null;
}

/** The header row: the first row in which at least two cells name a column. */
function findHeader(rows: readonly CellValue[][]) {
  for (let index = 0; index < Math.min(rows.length, 20); index += 1) {
    const columns = new Map<PlatformListColumn, number>();
    rows[index]!.forEach((cell, position) => {
      const column = columnOf(text(cell));
      if (column !== null && !columns.has(column)) columns.set(column, position);
    });
    if (columns.size >= 2) return { index, columns };
  }
  return null;
}

/** `unitKnown` checks the 县（市、区） text against the reporting units (the caller has them). */
export function readPlatformList(
  rows: readonly CellValue[][],
  options: { unitKnown?: (text: string) => boolean } = {},
): {
  records: PlatformListRecord[];
  problems: PlatformListProblem[];
} {
  const header = findHeader(rows);
  if (header === null)
    return {
      records: [],
      problems: [{ row: null, column: null, message: '找不到表头（名称、类别、县（市、区）…）(no header row found)' }],
    };
  const problems: PlatformListProblem[] = [];
  for (const column of REQUIRED)
    if (!header.columns.has(column))
      problems.push({
        row: header.index + 1,
        column: PLATFORM_LIST_COLUMNS[column][0],
        message: `缺少必填列 ${PLATFORM_LIST_COLUMNS[column][0]} (required column missing)`,
      });
  if (problems.length > 0) return { records: [], problems };
  const records: PlatformListRecord[] = [];
  rows.slice(header.index + 1).forEach((row, offset) => {
    if (row.every((cell) => text(cell) === '')) return;
    const sheetRow = header.index + offset + 2;
    const cell = (column: PlatformListColumn) => {
      const position = header.columns.get(column);
      return position === undefined ? undefined : row[position];
    };
    const problem = (column: PlatformListColumn, message: string) =>
      problems.push({ row: sheetRow, column: PLATFORM_LIST_COLUMNS[column][0], message });
    const before = problems.length;
    const name = text(cell('name'));
    if (name === '') problem('name', '名称为空 (name is empty)');
    if (text(cell('name')).startsWith('注')) return; // a closing 注 line
    const kindText = text(cell('kind'));
    const kind = platformKindOf(kindText);
    if (kind === null) problem('kind', `无法识别的类别 "${kindText}" (unknown platform kind)`);
    const levelText = text(cell('level'));
    const level = platformLevelOf(levelText) ?? (levelText === '' ? platformLevelOf(kindText) : null);
    if (level === null) problem('level', `无法识别的级别 "${levelText || kindText}" (unknown level: 国家级/省级/市级)`);
    else if (kind !== null && !PLATFORM_KIND_INFO[kind].levels.includes(level))
      problem(
        'level',
        `${PLATFORM_KIND_INFO[kind].name.zh}没有${PLATFORM_LEVEL_NAMES[level].zh} (no such level for the kind)`,
      );
    const unitText = text(cell('unit'));
    if (unitText === '') problem('unit', '县（市、区）为空 (reporting unit is empty)');
    else if (options.unitKnown && !options.unitKnown(unitText))
      problem('unit', `未知的县（市、区）“${unitText}” (unknown reporting unit)`);
    const date = (column: PlatformListColumn): string | null => {
      const read = readDateCell(cell(column) ?? null);
      if (read.kind === 'invalid') problem(column, `日期无法识别 "${read.text}" (invalid date)`);
      return read.kind === 'date' ? read.value : null;
    };
    const recognisedDate = date('recognisedDate');
    const statusDate = date('statusDate');
    const statusText = text(cell('status'));
    const status = statusText === '' ? (recognisedDate ? 'recognised' : 'cultivating') : platformStatusOf(statusText);
    if (status === null) problem('status', `无法识别的状态 "${statusText}" (status: 培育/创建、认定、复核、摘牌)`);
    const history: PlatformStatusChange[] = [];
    if (status === 'cultivating') {
      if (statusDate === null && recognisedDate === null)
        problem('statusDate', '培育/创建中的平台须填写状态日期 (a cultivating platform needs its status date)');
      else history.push({ status, date: statusDate ?? recognisedDate! });
    } else if (status !== null) {
      if (recognisedDate === null && status !== 'delisted')
        problem('recognisedDate', '已认定的平台须填写认定时间 (a recognised platform needs its recognised date)');
      if (recognisedDate !== null) history.push({ status: 'recognised', date: recognisedDate });
      if (status === 'reviewed' || status === 'delisted') {
        if (statusDate === null) problem('statusDate', '复核或摘牌须填写状态日期 (review or delisting needs its date)');
        else if (recognisedDate !== null && statusDate < recognisedDate)
          problem('statusDate', '状态日期早于认定时间 (status date before the recognised date)');
        else history.push({ status, date: statusDate });
      }
    }
    if (problems.length > before || kind === null || level === null || status === null) return;
    records.push({
      sheetRow,
      name,
      kind,
      level,
      unitText,
      clusterText: text(cell('cluster')) || null,
      recognisedDate,
      document: text(cell('document')) || null,
      status,
      history,
      note: text(cell('note')) || null,
    });
  });
  const seen = new Map<string, number>();
  for (const record of records) {
    const key = `${record.kind}|${record.level}|${record.name}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        row: record.sheetRow,
        column: PLATFORM_LIST_COLUMNS.name[0],
        message: `与第 ${first} 行重复 (duplicate of row ${first})`,
      });
    else seen.set(key, record.sheetRow);
  }
  return { records, problems };
}
