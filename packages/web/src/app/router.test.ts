import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matching page paths', () => {
  it.each([
    ['/clusters/:system/:cluster', '/clusters/wuda/wuda-textile', { system: 'wuda', cluster: 'wuda-textile' }],
    ['/evaluation/runs/:run', '/evaluation/runs/12', { run: '12' }],
    ['/enterprises/:uscc', '/enterprises/91330402MA2B%E5%A5%BD', { uscc: '91330402MA2B好' }],
    ['/', '/', {}],
    ['/clusters', '/clusters/', {}],
    ['/clusters/:system/:cluster', '/clusters/wuda', null],
    ['/evaluation/runs/:run', '/evaluation/schemes/12', null],
  ])('%s against %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected);
  });
});
