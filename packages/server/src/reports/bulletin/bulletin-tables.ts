/**
 * Every table of the bulletin in order, with unique worksheet names: 总览, one per cluster system, one 区县×集群
 * matrix per system, 区县排名, 目标进度, the register section's four (重点工作推进), 预警.
 */
import type { BulletinDocument } from '@observatory/core';
import type { BulletinTable } from './bulletin-table.ts';
import { buildCityTable } from './city-table.ts';
import { buildRegisterTables } from './register-tables.ts';
import { buildSystemTable } from './system-table.ts';
import { buildTargetTable } from './target-table.ts';
import { buildUnitMatrixTable, buildUnitRankingTable } from './unit-tables.ts';
import { buildWarningTable } from './warning-table.ts';

/** A worksheet name Excel and LibreOffice accept (no []:*?/\, at most 31 characters), unique in `taken`. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'|'$/g, '_')
      .slice(0, 31) || '表';
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${clean.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export interface BulletinTables {
  city: BulletinTable;
  systems: BulletinTable[];
  matrices: BulletinTable[];
  ranking: BulletinTable;
  targets: BulletinTable;
  warnings: BulletinTable;
  /** 重点工作推进 (重大项目, 企业培育, 整治提升, 平台载体); none without a register section. */
  registers: BulletinTable[];
}

export function buildBulletinTables(document: BulletinDocument): BulletinTables {
  const taken = new Set<string>([
    '总览',
    '区县排名',
    '目标进度',
    '预警',
    '重大项目',
    '企业培育',
    '整治提升',
    '平台载体',
  ]);
  const systems = document.systems.map((section) =>
    buildSystemTable(section, document.period, uniqueSheetName(section.name.zh, taken)),
  );
  const matrices = document.unitMatrices.map((matrix) => {
    const system = document.systems.find((section) => section.systemId === matrix.systemId);
    return buildUnitMatrixTable(matrix, system, uniqueSheetName(`区县×${system?.name.zh ?? matrix.systemId}`, taken));
  });
  return {
    city: buildCityTable(document),
    systems,
    matrices,
    ranking: buildUnitRankingTable(document),
    targets: buildTargetTable(document),
    warnings: buildWarningTable(document),
    registers: buildRegisterTables(document),
  };
}

/** The tables in the order of the workbook's sheets. */
export function tablesInOrder(tables: BulletinTables): BulletinTable[] {
  return [
    tables.city,
    ...tables.systems,
    ...tables.matrices,
    tables.ranking,
    tables.targets,
    ...tables.registers,
    tables.warnings,
  ];
}
