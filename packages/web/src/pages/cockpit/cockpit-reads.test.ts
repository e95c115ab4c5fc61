import { describe, expect, it } from 'vitest';
import { cockpitFirstReads } from './cockpit-reads.ts';

const explain = (query: string) => `/api/statistics/explain?${query}`;

describe('the cockpit’s first reads for an address', () => {
  it.each([
    { address: '', reads: [] },
    { address: 'system=wuda', reads: [] },
    { address: 'period=2024-13', reads: [] },
    { address: 'period=2024-1', reads: [] },
    {
      address: 'period=2024-12',
      reads: [
        explain('measure=industrial_output&period=2024-12&audience=public'),
        explain('measure=value_added&period=2024-12&audience=public'),
        '/api/statistics/units?period=2024-12&audience=public',
      ],
    },
    {
      address: 'period=2024-10&system=wuda&audience=full',
      reads: [
        explain('measure=industrial_output&period=2024-10&audience=full'),
        explain('measure=value_added&period=2024-10&audience=full'),
        '/api/statistics/units?period=2024-10&audience=full',
        explain('system=wuda&measure=industrial_output&period=2024-10&audience=full'),
        '/api/statistics/clusters?system=wuda&period=2024-10&audience=full',
      ],
    },
  ])('?$address', ({ address, reads }) => {
    expect(cockpitFirstReads(new URLSearchParams(address), null)).toEqual(reads);
  });

  const systems = [
    { id: 'illustrative', name: { zh: '示例', en: 'Example' }, owner: 'city', illustrative: true, clusterCount: 9 },
    { id: 'wuda', name: { zh: '五大', en: 'Five' }, owner: 'city', clusterCount: 5 },
    { id: 'sanda', name: { zh: '三大', en: 'Three' }, owner: 'city', clusterCount: 3 },
  ];

  it('adds the default system’s reads once the systems have come, unless the address names one', () => {
    const reads = cockpitFirstReads(new URLSearchParams('period=2024-12'), systems);
    expect(reads.slice(3)).toEqual([
      explain('system=wuda&measure=industrial_output&period=2024-12&audience=public'),
      '/api/statistics/clusters?system=wuda&period=2024-12&audience=public',
    ]);
    expect(cockpitFirstReads(new URLSearchParams('period=2024-12&system=sanda'), systems).slice(3)).toEqual([
      explain('system=sanda&measure=industrial_output&period=2024-12&audience=public'),
      '/api/statistics/clusters?system=sanda&period=2024-12&audience=public',
    ]);
    expect(cockpitFirstReads(new URLSearchParams('system=wuda'), systems)).toEqual([]);
  });
});
