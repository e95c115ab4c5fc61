import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netLandArea, type ParcelArea } from './net-land-area.ts';

const parcel = (
  tenure: ParcelArea['tenure'],
  areaMu: number,
  validFrom: string | null = null,
  validTo: string | null = null,
): ParcelArea => ({
  tenure,
  areaMu,
  validFrom,
  validTo,
});

describe('netLandArea', () => {
  it.each([
    { name: 'own only', parcels: [parcel('own', 12.5)], net: 12.5 },
    {
      name: 'own + rented in − rented out',
      parcels: [parcel('own', 30), parcel('rented_in', 5.25), parcel('rented_out', 10)],
      net: 25.25,
    },
    { name: 'tenant only', parcels: [parcel('rented_in', 3.1)], net: 3.1 },
    { name: 'no parcels', parcels: [], net: 0 },
    {
      name: 'expired parcel left out',
      parcels: [parcel('own', 10), parcel('own', 7, '2015-01-01', '2020-12-31')],
      net: 10,
    },
    { name: 'future parcel left out', parcels: [parcel('own', 10, '2025-03-01', null)], net: 0 },
    { name: 'decimals add exactly', parcels: [parcel('own', 0.1), parcel('own', 0.2)], net: 0.3 },
  ])('$name', ({ parcels, net }) => {
    expect(netLandArea(parcels, 2023).netMu).toBe(net);
  });

  it('refuses a negative or non-finite area rather than counting it as 0', () => {
    expect(() => netLandArea([parcel('own', -1)], 2023)).toThrow(RangeError);
    expect(() => netLandArea([parcel('own', Number.NaN)], 2023)).toThrow(RangeError);
  });

  it('net = own + in − out for any parcels', () => {
    const area = fc.integer({ min: 0, max: 10_000_000 }).map((milli) => milli / 1000);
    const tenure = fc.constantFrom<ParcelArea['tenure']>('own', 'rented_in', 'rented_out');
    fc.assert(
      fc.property(fc.array(fc.tuple(tenure, area)), (rows) => {
        const result = netLandArea(
          rows.map(([t, a]) => parcel(t, a)),
          2023,
        );
        expect(result.netMu).toBeCloseTo(result.ownMu + result.rentedInMu - result.rentedOutMu, 6);
        expect(result.parcels).toBe(rows.length);
      }),
    );
  });
});
