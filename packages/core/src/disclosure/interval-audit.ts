/**
 * The interval audit (the intruder's attack): with the published cells fixed at their values, every
 * suppressed cell x ≥ its lower bound (what the audience knows it holds, 0 otherwise) and all table
 * relations holding, each suppressed cell is minimised and maximised by linear programming. A sensitive
 * cell is protected when the resulting interval [lower, upper] is wide enough (ProtectionRequirement):
 * never a single point, and with `percent`, reaching percent/100 of its unknown part below and above.
 */
import { DisclosureError } from './disclosure-error.ts';
import type { ProtectionRequirement } from './disclosure-rules.ts';
import { FeasibleRegion } from './lp-solver.ts';
import type { TableRelation } from './table-structure.ts';

export interface IntervalProblem {
  relations: readonly TableRelation[];
  /** True value of every cell. */
  values: readonly number[];
  /** What the intruder knows each cell holds at least. */
  lowerBounds: readonly number[];
}

/** `upper` is Infinity when nothing bounds the cell from above. */
export interface CellInterval {
  cell: number;
  lower: number;
  upper: number;
}

/** Largest magnitude in the table: the audit works on values divided by it, so tolerances are relative. */
export const auditScale = (problem: IntervalProblem): number =>
  problem.values.reduce((largest, value) => Math.max(largest, Math.abs(value)), 1);

const RELATIVE_TOLERANCE = 1e-7;

/**
 * The component of every suppressed cell: suppressed cells that share a relation are linked (published
 * cells are constants), so each component is an independent linear program and fixing a cell of one
 * component cannot change an interval in another.
 */
export function suppressedComponents(
  relations: readonly TableRelation[],
  suppressed: ReadonlySet<number>,
): Map<number, number> {
  const parent = new Map([...suppressed].map((cell) => [cell, cell]));
  const find = (cell: number): number => {
    const up = parent.get(cell) ?? cell;
    if (up === cell) return cell;
    const root = find(up);
    parent.set(cell, root);
    return root;
  };
  for (const { total, parts } of relations) {
    const [first, ...others] = [total, ...parts].filter((cell) => suppressed.has(cell));
    if (first !== undefined) for (const other of others) parent.set(find(other), find(first));
  }
  return new Map([...suppressed].map((cell) => [cell, find(cell)]));
}

interface ComponentProgram {
  region: FeasibleRegion;
  variableOf: Map<number, number>;
}

/** The programs of the components of a pattern, built on demand, in values divided by the scale. */
function componentPrograms(problem: IntervalProblem, suppressed: ReadonlySet<number>, scale: number) {
  const value = (cell: number) => (problem.values[cell] ?? 0) / scale;
  const lower = (cell: number) => (problem.lowerBounds[cell] ?? 0) / scale;
  const componentOf = suppressedComponents(problem.relations, suppressed);
  const relationsOf = new Map<number, TableRelation[]>();
  for (const relation of problem.relations) {
    const member = [relation.total, ...relation.parts].find((cell) => suppressed.has(cell));
    const component = member === undefined ? undefined : componentOf.get(member);
    if (component !== undefined) relationsOf.set(component, [...(relationsOf.get(component) ?? []), relation]);
  }
  const programs = new Map<number, ComponentProgram>();
  const build = (component: number): ComponentProgram => {
    const cells = [...suppressed].filter((cell) => componentOf.get(cell) === component).sort((a, b) => a - b);
    const variableOf = new Map(cells.map((cell, j) => [cell, j]));
    const rows: number[][] = [];
    const rhs: number[] = [];
    for (const { total, parts } of relationsOf.get(component) ?? []) {
      const row = new Array<number>(cells.length).fill(0);
      let right = 0;
      for (const [cell, sign] of [[total, 1] as const, ...parts.map((part) => [part, -1] as const)]) {
        const j = variableOf.get(cell);
        if (j === undefined) right -= sign * value(cell);
        else {
          row[j] = (row[j] ?? 0) + sign;
          right -= sign * lower(cell);
        }
      }
      rows.push(row);
      rhs.push(right);
    }
    const region = FeasibleRegion.of(rows, rhs, cells.length);
    if (!region)
      throw new DisclosureError(
        'invalid_table',
        '表格数值不满足加总关系，无法审计 (the cells do not add up, so the table cannot be audited)',
      );
    return { region, variableOf };
  };
  /** The component of a suppressed cell and its program. */
  return (cell: number): { component: number; program: ComponentProgram } => {
    const component = componentOf.get(cell);
    if (component === undefined) throw new Error(`cell ${cell} is not suppressed`);
    const program = programs.get(component) ?? build(component);
    programs.set(component, program);
    return { component, program };
  };
}

const unitObjective = (program: ComponentProgram, cells: readonly number[]) => {
  const objective = new Array<number>(program.variableOf.size).fill(0);
  for (const cell of cells) objective[program.variableOf.get(cell) ?? -1] = 1;
  return objective;
};

function intervalIn(program: ComponentProgram, cell: number, shift: number, scale: number): CellInterval {
  const objective = unitObjective(program, [cell]);
  const low = program.region.minimise(objective);
  const high = program.region.maximise(objective);
  return {
    cell,
    lower: low.status === 'optimal' ? (low.value + shift) * scale : -Infinity,
    upper: high.status === 'optimal' ? (high.value + shift) * scale : Infinity,
  };
}

/** The feasible interval of each target (suppressed) cell, one linear program per component. */
export function feasibleIntervals(
  problem: IntervalProblem,
  suppressed: ReadonlySet<number>,
  targets: readonly number[],
): CellInterval[] {
  if (targets.length === 0) return [];
  const scale = auditScale(problem);
  const programOf = componentPrograms(problem, suppressed, scale);
  return targets.map((cell) =>
    intervalIn(programOf(cell).program, cell, (problem.lowerBounds[cell] ?? 0) / scale, scale),
  );
}

/**
 * Whether each target (suppressed) cell is protected, as `intervalProtects` decides on its interval, but
 * cheaper: per component, one program maximising and one minimising the sum of the targets certify
 * every target whose optimal point lies clearly beyond what it needs on that side; only the others get
 * their own two programs.
 */
export function protectionVerdicts(
  problem: IntervalProblem,
  suppressed: ReadonlySet<number>,
  targets: readonly number[],
  requirement: ProtectionRequirement,
): Map<number, boolean> {
  const verdicts = new Map<number, boolean>();
  if (targets.length === 0) return verdicts;
  const scale = auditScale(problem);
  const programOf = componentPrograms(problem, suppressed, scale);
  const shift = (cell: number) => (problem.lowerBounds[cell] ?? 0) / scale;
  const truth = (cell: number) => (problem.values[cell] ?? 0) / scale - shift(cell);
  const need = (cell: number) => (requirement.kind === 'percent' ? (requirement.percent / 100) * truth(cell) : 0);
  const byComponent = new Map<number, number[]>();
  for (const cell of targets) {
    const { component } = programOf(cell);
    byComponent.set(component, [...(byComponent.get(component) ?? []), cell]);
  }
  for (const cells of byComponent.values()) {
    const program = programOf(cells[0] ?? -1).program;
    const objective = unitObjective(program, cells);
    const [high, low] = [program.region.maximise(objective), program.region.minimise(objective)];
    const beyond = (result: typeof high, cell: number, direction: 1 | -1) =>
      result.status === 'optimal' &&
      direction * ((result.solution[program.variableOf.get(cell) ?? -1] ?? 0) - truth(cell)) >
        need(cell) + 2 * RELATIVE_TOLERANCE;
    for (const cell of cells) {
      const certified =
        requirement.kind === 'not-exact'
          ? beyond(high, cell, 1) || beyond(high, cell, -1) || beyond(low, cell, 1) || beyond(low, cell, -1)
          : beyond(high, cell, 1) && beyond(low, cell, -1);
      const protectedCell =
        certified ||
        intervalProtects(
          intervalIn(program, cell, shift(cell), scale),
          problem.values[cell] ?? 0,
          problem.lowerBounds[cell] ?? 0,
          requirement,
          scale,
        );
      verdicts.set(cell, protectedCell);
    }
  }
  return verdicts;
}

/** Whether an interval protects a sensitive cell with the given value and intruder's lower bound. */
export function intervalProtects(
  interval: CellInterval,
  value: number,
  lowerBound: number,
  requirement: ProtectionRequirement,
  scale: number,
): boolean {
  const tolerance = RELATIVE_TOLERANCE * scale;
  if (!(interval.upper - interval.lower > tolerance)) return false;
  if (requirement.kind === 'not-exact') return true;
  const needed = (requirement.percent / 100) * (value - lowerBound);
  return value - interval.lower >= needed - tolerance && interval.upper - value >= needed - tolerance;
}
