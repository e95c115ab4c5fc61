import { describe, expect, it } from 'vitest';
import { checkRegistryFile } from './check-registry-file.ts';
import { registryFileSchema, type RegistryFile } from './registry-file.ts';

const reference = {
  regionIds: new Set(['330400', '330481', '330483']),
  industryCodes: new Set(['17', '171', '1711', '18', '28', '36']),
};

function file(clusters: unknown[], additive = true): RegistryFile {
  return registryFileSchema.parse({
    system: { id: 'test', name: { zh: '测试', en: 'Test' }, owner: 'city', region: '330400', additive },
    clusters,
  });
}

const cluster = (id: string, catalogue: { code: string; coverage: 'full' | 'partial' }[], extra: object = {}) => ({
  id,
  name: { zh: id, en: id },
  catalogue,
  ...extra,
});

describe('checkRegistryFile', () => {
  it('accepts a sound file', () => {
    const sound = file([
      cluster('textile', [{ code: '17', coverage: 'full' }], {
        designations: [{ level: 'city', status: 'cultivating', zones: [{ region: '330483', role: 'focus' }] }],
      }),
      cluster('textile-fibre', [{ code: '17', coverage: 'full' }], { parent: 'textile' }),
      cluster('auto', [{ code: '36', coverage: 'full' }]),
    ]);
    expect(checkRegistryFile(sound, reference)).toEqual([]);
  });

  it.each([
    ['duplicate cluster ids', [cluster('a', []), cluster('a', [])], /duplicate cluster id/],
    ['unknown parent', [cluster('a', [], { parent: 'missing' })], /parent not in this system/],
    ['unknown industry code', [cluster('a', [{ code: '99', coverage: 'full' }])], /unknown industry code/],
    [
      'unknown zone region',
      [
        cluster('a', [], {
          designations: [{ level: 'city', status: 'cultivating', zones: [{ region: '110000', role: 'core' }] }],
        }),
      ],
      /unknown region/,
    ],
    [
      'same full code in two clusters',
      [cluster('a', [{ code: '17', coverage: 'full' }]), cluster('b', [{ code: '17', coverage: 'full' }])],
      /double counting/,
    ],
    [
      'full code under another full code',
      [cluster('a', [{ code: '17', coverage: 'full' }]), cluster('b', [{ code: '1711', coverage: 'full' }])],
      /double counting/,
    ],
  ])('finds %s', (_name, clusters, pattern) => {
    const problems = checkRegistryFile(file(clusters), reference);
    expect(problems.join('\n')).toMatch(pattern);
  });

  it('lets partial codes overlap, and lets any codes overlap in a non-additive system', () => {
    expect(
      checkRegistryFile(
        file([cluster('a', [{ code: '17', coverage: 'partial' }]), cluster('b', [{ code: '17', coverage: 'full' }])]),
        reference,
      ),
    ).toEqual([]);
    expect(
      checkRegistryFile(
        file(
          [cluster('a', [{ code: '17', coverage: 'full' }]), cluster('b', [{ code: '17', coverage: 'full' }])],
          false,
        ),
        reference,
      ),
    ).toEqual([]);
  });
});
