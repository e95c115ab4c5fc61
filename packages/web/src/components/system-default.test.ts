import { describe, expect, it } from 'vitest';
import { defaultSystem, type SystemSummary } from './system-default.ts';

const system = (id: string, owner: string, clusterCount: number, illustrative = false): SystemSummary => ({
  id,
  name: { zh: id, en: id },
  owner,
  clusterCount,
  illustrative,
});

describe('the default cluster system', () => {
  it.each([
    {
      systems: [
        system('135n', 'city', 9, true),
        system('national', 'national', 20),
        system('sanda', 'city', 3),
        system('wuda', 'city', 5),
      ],
      expected: 'wuda',
    },
    { systems: [system('sanda', 'city', 3), system('wuda', 'city', 3)], expected: 'sanda' },
    { systems: [system('national', 'national', 20), system('415x', 'province', 4)], expected: 'national' },
    { systems: [], expected: null },
  ])('chooses $expected', ({ systems, expected }) => {
    expect(defaultSystem(systems)).toBe(expected);
  });
});
