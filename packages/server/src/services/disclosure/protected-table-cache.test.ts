import { describe, expect, it } from 'vitest';
import { cacheOf, ProtectedTableCache } from './protected-table-cache.ts';

describe('ProtectedTableCache', () => {
  it('computes a key once, even for calls that overlap', async () => {
    const cache = new ProtectedTableCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, await cache.get('k', compute), computed]).toEqual([1, 1, 1, 1]);
  });

  it('does not keep a failed computation', async () => {
    const cache = new ProtectedTableCache<number>();
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('drops the least recently used entries beyond its limit', async () => {
    const cache = new ProtectedTableCache<number>();
    for (let i = 0; i < 200; i++) await cache.get(`k${i}`, async () => i);
    expect(cache.size).toBeLessThanOrEqual(96);
    expect(await cache.get('k0', async () => -1)).toBe(-1);
    expect(await cache.get('k199', async () => -1)).toBe(199);
  });

  it('keeps one cache per database handle', () => {
    const one = {};
    expect(cacheOf(one)).toBe(cacheOf(one));
    expect(cacheOf(one)).not.toBe(cacheOf({}));
  });
});
