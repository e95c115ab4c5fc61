/** The register section on screen: 亿元 with two decimals, "x" for a withheld sum and its rate, notes, no data. */
import type { BulletinRegisters } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { registerSections } from './bulletin-register-tables.ts';

const name = (zh: string) => ({ zh, en: zh });
const registers: BulletinRegisters = {
  title: { zh: '重点工作推进', en: 'Registers' },
  projects: {
    month: 6,
    asOf: '2024-06-30',
    city: {
      unit: null,
      projects: 5,
      plannedAnnual: { value: 844_000_000 },
      yearCompleted: { value: 393_000_000 },
      annualCompletionRate: 393 / 844,
      startRate: 0.8,
      startedProjects: 4,
      dueProjects: 5,
      overdueProjects: 2,
    },
    units: [
      {
        unit: { id: '330402', name: name('南湖区') },
        projects: 1,
        plannedAnnual: { value: null, suppressed: 'withheld' },
        yearCompleted: { value: null, suppressed: 'withheld' },
        annualCompletionRate: null,
        startRate: 1,
        startedProjects: 1,
        dueProjects: 1,
        overdueProjects: 0,
      },
    ],
  },
  pools: null,
  rectification: null,
  platforms: {
    asOf: '2024-06-30',
    rows: [{ kind: 'industrial_internet_platform', name: name('工业互联网平台'), inForce: 4, target: null }],
  },
};

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe('registerSections', () => {
  it('is one section of four tables, none without registers', () => {
    const sections = registerSections(registers);
    expect(sections.map((section) => section.title.zh)).toEqual(['重点工作推进']);
    expect(sections[0]!.tables.map((table) => table.id)).toEqual([
      'register-projects',
      'register-pools',
      'register-rectification',
      'register-platforms',
    ]);
    expect(registerSections(undefined)).toEqual([]);
  });

  it('shows the projects in 亿元 with the withheld unit as x and the legend under the table', () => {
    const projects = registerSections(registers)[0]!.tables[0]!;
    expect(projects.title.zh).toBe('重大项目推进情况（1-6月）');
    expect(texts(projects.rows[0]!.cells)).toEqual(['全市', '5', '8.44', '3.93', '46.6', '80.0', '4/5', '2']);
    expect(projects.rows[0]!.style).toBe('total');
    expect(texts(projects.rows[1]!.cells)).toEqual(['南湖区', '1', 'x', 'x', 'x', '100.0', '1/1', '0']);
    expect(projects.notes.map((note) => note.zh).join()).toContain('“x”');
  });

  it('says so when a register has no data of the period', () => {
    const pools = registerSections(registers)[0]!.tables[1]!;
    expect(pools.rows).toEqual([]);
    expect(pools.notes.map((note) => note.zh)).toEqual(['本期无登记数据。']);
  });
});
