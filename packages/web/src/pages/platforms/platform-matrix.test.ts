/** The kind × unit table: rows in policy order, units in the given order, in-force counts only, totals. */
import { describe, expect, it } from 'vitest';
import { platformMatrix } from './platform-matrix.ts';

describe('platformMatrix', () => {
  it('counts platforms in force by kind and level per unit, with totals', () => {
    const matrix = platformMatrix(
      [
        {
          kind: 'small_micro_park',
          level: 'provincial',
          reportingUnitId: '330483',
          inForce: 3,
          cultivating: 1,
          delisted: 1,
        },
        {
          kind: 'industrialisation_demo_base',
          level: 'national',
          reportingUnitId: '330402',
          inForce: 1,
          cultivating: 0,
          delisted: 0,
        },
        {
          kind: 'small_micro_park',
          level: 'provincial',
          reportingUnitId: '330402',
          inForce: 2,
          cultivating: 0,
          delisted: 0,
        },
      ],
      ['330402', '330411', '330483'],
    );
    expect(matrix.units).toEqual(['330402', '330483']);
    expect(matrix.rows.map((row) => [row.key, row.cells, row.total, row.cultivating])).toEqual([
      ['industrialisation_demo_base|national', [1, 0], 1, 0],
      ['small_micro_park|provincial', [2, 3], 5, 1],
    ]);
    expect(matrix.totals).toEqual([3, 3]);
    expect(matrix.total).toBe(6);
  });
});
