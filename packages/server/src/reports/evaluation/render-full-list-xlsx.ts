/**
 * The full list of a run as an .xlsx (admin only, any status): a summary sheet (the run, and class counts per
 * county and group by final class), one sheet per group with everything per enterprise — indicator values in
 * their display units (unit in the header), scores, bonus and penalty with the rules applied, total, rank,
 * percentile, 初评 and 调档后 classes, the re-grade reason, the appeal and the unrated reason — and a sheet of the
 * enterprises no group took in. Numbers are numeric cells with formats; text goes through safeCellText.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../lazy-libraries/load-exceljs.ts';
import type { EvaluationListDocument, EvaluationListRow } from './evaluation-list.ts';
import { worksheetName } from './evaluation-list.ts';
import { dataRow, decimalFormat, headerRow, titleLine, type ListCell, type ListColumn } from './list-sheet-cells.ts';
import { summaryTable } from './evaluation-list-summary.ts';

const byRankThenUscc = (a: EvaluationListRow, b: EvaluationListRow) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.uscc.localeCompare(b.uscc);

function runLines(sheet: ExcelJS.Worksheet, width: number, document: EvaluationListDocument, what: string) {
  titleLine(sheet, width, `${document.year}年度${document.regionName ?? ''}亩均效益综合评价 ${what}`, {
    bold: true,
    size: 14,
  });
  titleLine(
    sheet,
    width,
    `评价批次 run ${document.runId}　状态 status ${document.status}　方案 scheme ${document.schemeId}@${document.schemeVersion}（${document.schemeName.zh}）　` +
      `发布日期 published ${document.publishedOn ?? '—'}　生成 generated ${document.generatedAt}　摘要 digest ${document.digest}　内部资料，含企业保密数据 (confidential)`,
    { size: 9 },
  );
}

function writeSummary(workbook: ExcelJS.Workbook, document: EvaluationListDocument) {
  const table = summaryTable(document);
  const sheet = workbook.addWorksheet('汇总 Summary');
  runLines(sheet, table.columns.length, document, '等级汇总 (class counts)');
  headerRow(sheet, table.columns);
  for (const row of table.rows)
    dataRow(sheet, [{ text: row.county }, { text: row.group }, ...row.counts.map((n) => ({ number: n, numFmt: '0' }))]);
}

function writeGroup(
  workbook: ExcelJS.Workbook,
  document: EvaluationListDocument,
  group: EvaluationListDocument['groups'][number],
) {
  const indicators = group.indicators;
  const columns: ListColumn[] = [
    { header: '统一社会信用代码\nUSCC', width: 22 },
    { header: '企业名称\nEnterprise', width: 32 },
    { header: '所属县（市、区）\nCounty', width: 14 },
    { header: '分段\nSegment', width: 10 },
    { header: '合并评价\nMerged with', width: 22 },
    ...indicators.map((i) => ({
      header: `${i.name.zh}${i.unitLabel ? `（${i.unitLabel}）` : ''}\n${i.name.en}`,
      width: 16,
    })),
    ...indicators.map((i) => ({ header: `${i.name.zh}得分\nscore`, width: 12 })),
    { header: '加分\nBonus', width: 9 },
    { header: '减分\nPenalty', width: 9 },
    { header: '加减分及否决规则\nRules applied', width: 30 },
    { header: '总分\nTotal', width: 10 },
    { header: '排名\nRank', width: 8 },
    { header: '百分位\nPercentile', width: 10 },
    { header: '初评等级\nInitial class', width: 10 },
    { header: '调档后等级\nFinal class', width: 10 },
    { header: '调档理由\nRe-grade reason', width: 24 },
    { header: '申诉\nAppeal', width: 24 },
    { header: '未定等级原因\nUnrated reason', width: 24 },
  ];
  const sheet = workbook.addWorksheet(worksheetName(`${group.name.zh} ${group.id}`));
  runLines(sheet, columns.length, document, `${group.name.zh}（${group.name.en}）完整清单 (full list)`);
  headerRow(sheet, columns);
  const scoreFormat = '0.00##';
  const totalFormat = decimalFormat(document.totalDecimals);
  const rows = document.rows.filter((row) => row.groupId === group.id).sort(byRankThenUscc);
  for (const row of rows) {
    const cells: ListCell[] = [
      { text: row.uscc },
      { text: row.name },
      { text: row.reportingUnitName },
      { text: row.segmentId },
      { text: row.mergedWith.length === 0 ? null : row.mergedWith.join('、') },
      ...indicators.map((i) => ({ number: row.values[i.id] ?? null, numFmt: decimalFormat(i.decimals) })),
      ...indicators.map((i) => ({ number: row.scores[i.id] ?? null, numFmt: scoreFormat })),
      { number: row.bonus, numFmt: scoreFormat },
      { number: row.penalty, numFmt: scoreFormat },
      { text: row.rules || null },
      { number: row.total, numFmt: totalFormat },
      { number: row.rank, numFmt: '0' },
      { number: row.percentile, numFmt: '0.00%' },
      { text: row.initialClass },
      { text: row.finalClass },
      { text: row.regradeReason },
      { text: row.appeal },
      { text: row.reason === null ? null : `${row.reason.zh} (${row.reason.en})` },
    ];
    dataRow(sheet, cells);
  }
}

function writeExcluded(workbook: ExcelJS.Workbook, document: EvaluationListDocument) {
  const rows = document.rows.filter((row) => row.groupId === null).sort((a, b) => a.uscc.localeCompare(b.uscc));
  if (rows.length === 0) return;
  const columns: ListColumn[] = [
    { header: '统一社会信用代码\nUSCC', width: 22 },
    { header: '企业名称\nEnterprise', width: 32 },
    { header: '所属县（市、区）\nCounty', width: 14 },
    { header: '原因\nReason', width: 40 },
  ];
  const sheet = workbook.addWorksheet('未纳入评价 Excluded');
  runLines(sheet, columns.length, document, '未纳入评价的企业 (enterprises in no group)');
  headerRow(sheet, columns);
  for (const row of rows)
    dataRow(sheet, [
      { text: row.uscc },
      { text: row.name },
      { text: row.reportingUnitName },
      { text: row.reason === null ? null : `${row.reason.zh} (${row.reason.en})` },
    ]);
}

export async function renderFullListXlsx(document: EvaluationListDocument): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Cluster Observatory 产业集群监测评价平台';
  workbook.title = `${document.year}年度亩均效益综合评价完整清单（批次 ${document.runId}）`;
  writeSummary(workbook, document);
  for (const group of document.groups) writeGroup(workbook, document, group);
  writeExcluded(workbook, document);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
