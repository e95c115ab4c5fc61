import { describe, expect, it } from 'vitest';
import { group, scheme, taxPerMu, valueAddedPerMu } from './evaluation.test-kit.ts';
import { parseEvaluationScheme, requireEvaluationScheme } from './parse-evaluation-scheme.ts';

const withGroup = (overrides: Parameters<typeof group>[0]) => scheme({ groups: [group(overrides)] });

describe('parseEvaluationScheme', () => {
  it('accepts a minimal scheme and fills in the defaults', () => {
    const { scheme: parsed, issues } = parseEvaluationScheme(scheme());
    expect(issues).toEqual([]);
    expect(parsed?.rounding).toEqual({ scoreDecimals: null, totalDecimals: 2, mode: 'half_up' });
    expect(parsed?.merge.sharedParcels).toBe(false);
    const classification = parsed?.groups[0]?.classification;
    expect(classification?.method === 'percentile' && classification.countRounding).toBe('floor');
  });

  it.each([
    {
      name: 'cut-offs that do not increase',
      doc: withGroup({
        classification: {
          method: 'percentile',
          cutoffs: [
            { class: 'A', upTo: 0.5 },
            { class: 'B', upTo: 0.4 },
          ],
        },
      }),
      message: /递增/,
    },
    {
      name: 'a class the scheme does not define',
      doc: withGroup({ classification: { method: 'percentile', cutoffs: [{ class: 'E', upTo: 1 }] } }),
      message: /未定义的等级 E/,
    },
    {
      name: 'classes out of the scheme order',
      doc: withGroup({
        classification: {
          method: 'percentile',
          cutoffs: [
            { class: 'B', upTo: 0.5 },
            { class: 'A', upTo: 1 },
          ],
        },
      }),
      message: /顺序/,
    },
    {
      name: 'a veto without a class',
      doc: withGroup({
        rules: [{ id: 'x', name: { zh: '否决', en: 'veto' }, kind: 'veto', when: { fact: 'accident' } }],
      }),
      message: /forceClass/,
    },
    {
      name: 'a bonus without points',
      doc: withGroup({ rules: [{ id: 'x', name: { zh: '加分', en: 'bonus' }, kind: 'bonus', when: { fact: 'x' } }] }),
      message: /points/,
    },
    {
      name: 'a unit that does not fit the quantity',
      doc: withGroup({ indicators: [taxPerMu(100, 10, { unit: { numerator: 'mu', denominator: 'mu' } })] }),
      message: /量纲/,
    },
    {
      name: 'a negative ratio indicator without a cap',
      doc: withGroup({ indicators: [taxPerMu(100, 10, { direction: 'negative' })] }),
      message: /cap/,
    },
    {
      name: 'an unknown unit code',
      doc: withGroup({ indicators: [taxPerMu(100, 10, { unit: { numerator: 'wan', denominator: 'mu' } })] }),
      message: /未知计量单位/,
    },
    {
      name: 'a quantity built from a later one',
      doc: scheme({
        quantities: [
          { id: 'first', name: { zh: '甲', en: 'a' }, sum: [{ of: 'second' }] },
          { id: 'second', name: { zh: '乙', en: 'b' }, sum: [{ of: 'tax_paid' }] },
        ],
      }),
      message: /之前定义/,
    },
    {
      name: 'two indicators with one id',
      doc: withGroup({ indicators: [taxPerMu(50), taxPerMu(50)] }),
      message: /指标编号重复/,
    },
    {
      name: 'a tie-break on an unknown indicator',
      doc: withGroup({
        classification: { method: 'percentile', cutoffs: [{ class: 'A', upTo: 1 }], ties: { keys: ['nope'] } },
      }),
      message: /未知指标 nope/,
    },
  ])('rejects $name', ({ doc, message }) => {
    const { scheme: parsed, issues } = parseEvaluationScheme(doc);
    expect(parsed).toBeNull();
    expect(
      issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message)
        .join('\n'),
    ).toMatch(message);
  });

  it('warns (but accepts) weights that do not add up to 100 and measures outside the catalogue', () => {
    const doc = withGroup({
      indicators: [
        taxPerMu(60),
        valueAddedPerMu(30, { numerator: 'water_consumption', unit: { numerator: 'tonne', denominator: 'mu' } }),
      ],
    });
    const { scheme: parsed, issues } = parseEvaluationScheme(doc);
    expect(parsed).not.toBeNull();
    expect(issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(issues[0]?.message).toMatch(/权重合计 90/);
    expect(issues[1]?.message).toMatch(/water_consumption 不在度量目录中/);
  });

  it('names the path of a shape problem', () => {
    const { issues } = parseEvaluationScheme({ ...scheme(), version: 0 });
    expect(issues[0]).toMatchObject({ severity: 'error', path: 'version' });
  });

  it('requireEvaluationScheme throws with every error listed', () => {
    expect(() => requireEvaluationScheme({ ...scheme(), classes: [] })).toThrow(/classes/);
  });
});
