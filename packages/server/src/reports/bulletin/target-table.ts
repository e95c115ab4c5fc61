/**
 * 目标进度: each target with its latest actual, progress, the annual growth still needed and the growth
 * achieved. Money targets are shown in 亿元 whatever unit they are written in; other units as written.
 */
import {
  CANONICAL_UNITS,
  convertQuantity,
  displayUnitOfDimension,
  findUnit,
  type BulletinDocument,
  type BulletinTargetRow,
  type DisplayUnit,
} from '@observatory/core';
import type { BulletinTable, TableCell, TableRow } from './bulletin-table.ts';
import { amountCell, growthCell, MISSING, percentCell, plainCell, textCell } from './table-cells.ts';
import { COLUMNS, UNITS } from './table-labels.ts';

interface TargetUnit {
  /** The target's value and actual in the unit the display unit starts from. */
  toBase: (value: number) => number;
  display: DisplayUnit;
}

/** 元 or 亿元 → 亿元; 家, 项 … as written, whole numbers unless the figures have decimals. */
export function targetUnit(target: BulletinTargetRow): TargetUnit {
  const unit = findUnit(target.unit);
  if (unit?.dimension === 'money') {
    return {
      toBase: (value) => convertQuantity(value, unit.code, CANONICAL_UNITS.money),
      display: displayUnitOfDimension('money'),
    };
  }
  const whole = [target.targetValue, target.actualValue].every((value) => value === null || Number.isInteger(value));
  const name = unit?.symbol || target.unit;
  const display: DisplayUnit = {
    dimension: unit?.dimension ?? null,
    name: { zh: name, en: name },
    shift: 0,
    digits: whole ? 0 : 2,
  };
  return { toBase: (value) => value, display };
}

function onTrackCell(onTrack: boolean | null): TableCell {
  return onTrack === null ? MISSING : textCell(onTrack ? '达到进度' : '进度滞后');
}

function targetRow(target: BulletinTargetRow): TableRow {
  const unit = targetUnit(target);
  const amount = (value: number | null) =>
    amountCell({ value: value === null ? null : unit.toBase(value) }, unit.display);
  return {
    style: 'normal',
    cells: [
      textCell(target.name.zh),
      textCell(target.indicator.zh),
      plainCell(target.targetYear, 0),
      amount(target.targetValue),
      textCell(unit.display.name.zh),
      plainCell(target.actualYear, 0),
      amount(target.actualValue),
      percentCell(target.progress),
      growthCell(target.requiredAnnualGrowth),
      growthCell(target.actualAnnualGrowth),
      onTrackCell(target.onTrack),
    ],
  };
}

export function buildTargetTable(document: BulletinDocument): BulletinTable {
  return {
    sheetName: '目标进度',
    title: { zh: '目标完成进度', en: 'Progress towards targets' },
    columns: [
      { label: { zh: '目标', en: 'Target' }, width: 26 },
      { label: { zh: '指标', en: 'Indicator' }, width: 18 },
      { label: { zh: '目标年份', en: 'Target year' }, width: 9 },
      { label: { zh: '目标值', en: 'Target' }, width: 10 },
      { label: { zh: '单位', en: 'Unit' }, width: 7 },
      { label: { zh: '实际年份', en: 'Actual year' }, width: 9 },
      { label: { zh: '实际值', en: 'Actual' }, width: 10 },
      { label: { zh: '完成进度', en: 'Progress' }, unit: UNITS.percent, width: 10 },
      { label: { zh: '所需年均增长', en: 'Growth needed a year' }, unit: UNITS.percent, width: 12 },
      { ...COLUMNS.growth, label: { zh: '实际增长', en: 'Growth achieved' }, width: 10 },
      { label: { zh: '进度判断', en: 'On track' }, width: 12 },
    ],
    rows: document.targets.map(targetRow),
    notes: [],
  };
}
