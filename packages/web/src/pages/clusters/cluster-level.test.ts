/** Levels of the clusters page: designations and zone roles, inheritance, the system owner as a fallback. */
import { describe, expect, it } from 'vitest';
import { clusterLevels } from './cluster-level.ts';
import type { RegistryCluster, RegistryDesignation } from './registry-types.ts';

const name = { zh: '集群', en: 'cluster' };
const designation = (level: string, roles: string[], status = 'cultivating'): RegistryDesignation => ({
  level,
  levelName: name,
  batch: null,
  year: 2024,
  status,
  statusName: name,
  statusHistory: [],
  source: null,
  note: null,
  zones: roles.map((role) => ({ region: '330402', regionName: name, role, roleName: name, note: null })),
});
const cluster = (id: string, designations: RegistryDesignation[], parentId: string | null = null): RegistryCluster => ({
  id,
  systemId: 's',
  parentId,
  name,
  tier: null,
  description: null,
  designations,
  catalogue: [],
  targets: [],
});

describe('clusterLevels', () => {
  it('reads national, provincial core and collaborative, and city levels from designations', () => {
    const levels = clusterLevels(
      [
        cluster('n', [designation('national', ['member_city'])]),
        cluster('p', [designation('provincial_characteristic', ['core', 'collaborative'])]),
        cluster('q', [designation('provincial_nova', ['focus'])]),
        cluster('c', [designation('city', ['focus'])]),
        cluster('c-sub', [], 'c'),
        cluster('gone', [designation('national', [], 'withdrawn')]),
      ],
      'city',
    );
    expect(Object.fromEntries([...levels].map(([id, set]) => [id, [...set].sort()]))).toEqual({
      n: ['national'],
      p: ['provincial_collaborative', 'provincial_core'],
      q: ['provincial_core'],
      c: ['city'],
      'c-sub': ['city'],
      gone: ['city'],
    });
  });

  it('falls back on the owner of the system', () => {
    const levels = clusterLevels([cluster('x', [])], 'province');
    expect([...levels.get('x')!]).toEqual(['provincial_core']);
  });
});
