/**
 * The platforms page's "by kind × unit" table, pure: one row per kind and level that occurs, one column per
 * reporting unit, each cell the number in force (认定/复核), with row and column totals. Units without any platform
 * are left out.
 */
import type { PlatformCount, PlatformKind, PlatformLevel } from './platform-types.ts';

export interface MatrixRow {
  key: string;
  kind: PlatformKind;
  level: PlatformLevel;
  cells: number[];
  total: number;
  cultivating: number;
}

export interface PlatformMatrix {
  units: string[];
  rows: MatrixRow[];
  totals: number[];
  total: number;
}

const KIND_ORDER: PlatformKind[] = [
  'industrialisation_demo_base',
  'characteristic_park',
  'small_micro_park',
  'manufacturing_innovation_centre',
  'industrial_design_base',
  'industrial_internet_platform',
  'innovation_complex',
];
const LEVEL_ORDER: PlatformLevel[] = ['national', 'provincial', 'municipal'];

export function platformMatrix(counts: readonly PlatformCount[], unitOrder: readonly string[]): PlatformMatrix {
  const present = new Set(counts.map((count) => count.reportingUnitId));
  const units = [
    ...unitOrder.filter((unit) => present.has(unit)),
    ...[...present].filter((unit) => !unitOrder.includes(unit)).sort(),
  ];
  const rows = new Map<string, MatrixRow>();
  for (const count of counts) {
    const key = `${count.kind}|${count.level}`;
    const row = rows.get(key) ?? {
      key,
      kind: count.kind,
      level: count.level,
      cells: units.map(() => 0),
      total: 0,
      cultivating: 0,
    };
    row.cells[units.indexOf(count.reportingUnitId)]! += count.inForce;
    row.total += count.inForce;
    row.cultivating += count.cultivating;
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
  );
  const totals = units.map((_, index) => sorted.reduce((sum, row) => sum + row.cells[index]!, 0));
  return { units, rows: sorted, totals, total: totals.reduce((sum, value) => sum + value, 0) };
}
