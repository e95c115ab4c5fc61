/**
 * The published list (公布名单) of a run as an .xlsx, the way a bureau publishes it: one sheet per class (A类 优先
 * 发展类 …), each with a title ("2023年度嘉兴市工业企业亩均效益综合评价结果（A类：优先发展类）"), a note with the data
 * year and the publication date, and per rated enterprise only 序号, 统一社会信用代码, 企业名称, 所属县（市、区）, 评价
 * 分组 and 综合评价等级 (the final class: after 调档 or an accepted appeal, else the initial class) — nothing
 * confidential (no tax, output, energy, land, scores, totals or ranks). Sorted by county (the bureau's order),
 * then name. Unrated and excluded enterprises are not listed.
 */
import { loadExcelJS } from '../../lazy-libraries/load-exceljs.ts';
import type { EvaluationListDocument, EvaluationListRow } from './evaluation-list.ts';
import { worksheetName } from './evaluation-list.ts';
import { dataRow, headerRow, titleLine, type ListColumn } from './list-sheet-cells.ts';

export const PUBLIC_LIST_COLUMNS: readonly ListColumn[] = [
  { header: '序号\nNo.', width: 7 },
  { header: '统一社会信用代码\nUSCC', width: 22 },
  { header: '企业名称\nEnterprise', width: 40 },
  { header: '所属县（市、区）\nCounty', width: 16 },
  { header: '评价分组\nGroup', width: 20 },
  { header: '综合评价等级\nClass', width: 16 },
];

const byCountyThenName = (a: EvaluationListRow, b: EvaluationListRow) =>
  a.reportingUnitOrder - b.reportingUnitOrder ||
  a.reportingUnitId.localeCompare(b.reportingUnitId) ||
  a.name.localeCompare(b.name, 'zh-Hans-CN') ||
  a.uscc.localeCompare(b.uscc);

/** The rated enterprises of a class in publication order. */
export function publicListRows(document: EvaluationListDocument, classId: string): EvaluationListRow[] {
  return document.rows.filter((row) => row.status === 'rated' && row.finalClass === classId).sort(byCountyThenName);
}

export async function renderPublicListXlsx(document: EvaluationListDocument): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Cluster Observatory 产业集群监测评价平台';
  workbook.title = `${document.year}年度亩均效益综合评价结果`;
  const groupName = new Map(document.groups.map((group) => [group.id, group.name.zh]));
  const width = PUBLIC_LIST_COLUMNS.length;
  for (const classInfo of document.classes) {
    const label = `${classInfo.id}类：${classInfo.name.zh}`;
    const sheet = workbook.addWorksheet(worksheetName(`${classInfo.id}类 ${classInfo.name.zh}`), {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    titleLine(
      sheet,
      width,
      `${document.year}年度${document.regionName ?? ''}工业企业亩均效益综合评价结果（${label}）`,
      { bold: true, size: 16 },
    );
    titleLine(
      sheet,
      width,
      `数据年度：${document.year}年　发布日期：${document.publishedOn ?? '—'}　评价方案：${document.schemeName.zh}（第 ${document.schemeVersion} 版）　未定等级企业不列入本名单。` +
        `\nData year ${document.year}; published ${document.publishedOn ?? '—'}; class ${classInfo.id} (${classInfo.name.en}); unrated enterprises are not listed.`,
      { size: 9 },
    );
    headerRow(sheet, PUBLIC_LIST_COLUMNS);
    const rows = publicListRows(document, classInfo.id);
    rows.forEach((row, index) =>
      dataRow(sheet, [
        { number: index + 1, numFmt: '0' },
        { text: row.uscc },
        { text: row.name },
        { text: row.reportingUnitName },
        { text: row.groupId === null ? null : (groupName.get(row.groupId) ?? row.groupId) },
        { text: `${classInfo.id}类（${classInfo.name.zh}）` },
      ]),
    );
    if (rows.length === 0) titleLine(sheet, width, '本类无企业 (no enterprise in this class)', { size: 10 });
    sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
