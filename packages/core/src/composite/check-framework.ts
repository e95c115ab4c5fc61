/**
 * Checks of an indicator framework (iMeta rows) before anything is computed, each problem naming the iCode
 * in both languages: unique codes, indicators at level 1 with a direction of +1 or -1, aggregates above them,
 * every parent an aggregate exactly one level up, weights that are finite and not all zero among siblings,
 * denominators that are Denominator rows, and only the top level without a parent.
 */
import type { FrameworkRow } from './framework.ts';

const reservedCodes = new Set(['uCode', 'uName', 'Rank']);

function isTreeRow(row: FrameworkRow): boolean {
  return row.type === 'Indicator' || row.type === 'Aggregate';
}

function checkRow(row: FrameworkRow, byCode: ReadonlyMap<string, FrameworkRow>, maxLevel: number): string[] {
  const problems: string[] = [];
  const code = row.iCode;
  const add = (zh: string, en: string) => problems.push(`${code}：${zh} (${code}: ${en})`);
  const level = row.level;
  if (row.type === 'Indicator' && level !== 1)
    add(`指标的 Level 应为 1，实际为 ${level}`, `an Indicator has Level 1, got ${level}`);
  if (row.type === 'Aggregate' && (level === null || !Number.isInteger(level) || level < 2))
    add(`汇总项的 Level 应为不小于 2 的整数，实际为 ${level}`, `an Aggregate has an integer Level ≥ 2, got ${level}`);
  if (row.type === 'Indicator' && row.direction !== 1 && row.direction !== -1)
    add(`Direction 应为 1 或 -1，实际为 ${row.direction}`, `Direction must be 1 or -1, got ${row.direction}`);
  if (row.parent === null) {
    if (level !== null && level < maxLevel)
      add(
        `缺少上级 Parent（只有最高层 ${maxLevel} 可以没有上级）`,
        `no Parent (only the top level ${maxLevel} may have none)`,
      );
  } else {
    const parent = byCode.get(row.parent);
    if (parent === undefined) add(`上级 "${row.parent}" 不存在`, `Parent "${row.parent}" does not exist`);
    else if (parent.type !== 'Aggregate')
      add(`上级 "${row.parent}" 不是汇总项`, `Parent "${row.parent}" is not an Aggregate`);
    else if (level !== null && parent.level !== level + 1)
      add(
        `上级 "${row.parent}" 应在第 ${level + 1} 层，实际在第 ${parent.level} 层`,
        `Parent "${row.parent}" must be at level ${level + 1}, is at level ${parent.level}`,
      );
    if (row.weight === null) add('缺少权重 Weight', 'Weight is missing');
  }
  if (row.weight !== null && (!Number.isFinite(row.weight) || row.weight < 0))
    add(`权重应为非负数，实际为 ${row.weight}`, `Weight must be a non-negative number, got ${row.weight}`);
  if (row.denominator !== null && byCode.get(row.denominator)?.type !== 'Denominator')
    add(
      `分母 "${row.denominator}" 不是 Type 为 Denominator 的行`,
      `Denominator "${row.denominator}" is not a row of Type Denominator`,
    );
  return problems;
}

export function checkFrameworkRows(rows: readonly FrameworkRow[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, FrameworkRow>();
  for (const row of rows) {
    if (row.iCode.trim() === '' || row.iCode.trim() !== row.iCode)
      problems.push(`iCode "${row.iCode}" 为空或首尾有空格 (iCode "${row.iCode}" is empty or has surrounding spaces)`);
    if (reservedCodes.has(row.iCode))
      problems.push(`${row.iCode}：该代码保留给结果表 (${row.iCode}: the code is reserved for the results table)`);
    if (byCode.has(row.iCode)) problems.push(`${row.iCode}：iCode 重复 (${row.iCode}: duplicate iCode)`);
    byCode.set(row.iCode, row);
  }
  const treeRows = rows.filter(isTreeRow);
  if (!treeRows.some((row) => row.type === 'Indicator'))
    problems.push('指标框架中没有 Type 为 Indicator 的行 (the framework has no row of Type Indicator)');
  const maxLevel = Math.max(1, ...treeRows.map((row) => row.level ?? 1));
  for (const row of treeRows) problems.push(...checkRow(row, byCode, maxLevel));
  for (const row of treeRows.filter((candidate) => candidate.type === 'Aggregate')) {
    const children = treeRows.filter((child) => child.parent === row.iCode);
    if (children.length === 0)
      problems.push(`${row.iCode}：汇总项没有下级 (${row.iCode}: the Aggregate has no children)`);
    else if (children.every((child) => child.weight === 0))
      problems.push(`${row.iCode}：下级权重全为 0 (${row.iCode}: all children have weight 0)`);
  }
  return problems;
}
