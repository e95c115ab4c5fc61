import { describe, expect, it } from 'vitest';
import { hasReference, loadScheme, readReference, readSchemeFile, schemeFileNames } from './scheme-files.ts';

interface ReferenceRules {
  variants: Record<string, unknown>[];
}

describe('shipped evaluation schemes', () => {
  it('ships the four DOMAIN.md §4 variants and the two other reference variants', () => {
    expect(schemeFileNames()).toEqual([
      'anhui-city-abcd.yaml',
      'huaian-2024.yaml',
      'huangyan-2022.yaml',
      'jingde-2022.yaml',
      'kaihua-capped.yaml',
      'linhai-2016.yaml',
    ]);
  });

  it.each([
    ['anhui-city-abcd.yaml', []],
    ['huaian-2024.yaml', []],
    ['huangyan-2022.yaml', []],
    ['jingde-2022.yaml', ['technical_renovation_investment 不在度量目录中 (not in the measure catalogue)']],
    ['kaihua-capped.yaml', []],
    ['linhai-2016.yaml', ['water_consumption 不在度量目录中 (not in the measure catalogue)']],
  ])('%s is valid, cites its source and lists its assumptions', (name, warnings) => {
    const { scheme, issues } = readSchemeFile(name);
    expect(issues.map((i) => i.message)).toEqual(warnings);
    expect(scheme!.id).toBe(name.replace('.yaml', ''));
    expect(scheme!.sources[0]!.title.length).toBeGreaterThan(0);
    expect(scheme!.assumptions.length).toBeGreaterThan(0);
  });

  it('uses the scoring variant each file stands for', () => {
    const scoring = (name: string) => loadScheme(name).groups[0]!.indicators.map((i) => i.scoring);
    expect(
      scoring('huangyan-2022.yaml').every((s) => s.method === 'ratio' && s.baseline.kind === 'fixed' && s.cap === null),
    ).toBe(true);
    expect(scoring('kaihua-capped.yaml').every((s) => s.method === 'ratio' && s.cap === 1.5)).toBe(true);
    expect(
      scoring('huaian-2024.yaml').every(
        (s) => s.method === 'ratio' && s.baseline.kind === 'group_mean' && s.baseline.multiple === 2,
      ),
    ).toBe(true);
    expect(scoring('jingde-2022.yaml').every((s) => s.method === 'min_max' && s.floor === 20)).toBe(true);
  });
});

describe.skipIf(!hasReference)('scheme parameters equal the published ones in shared/reference/muyun_cn', () => {
  const rules = hasReference ? readReference<ReferenceRules>('rules_from_official_pages.json') : { variants: [] };
  const variant = (id: string) => rules.variants.find((v) => v.id === id) as Record<string, unknown>;
  const fixedParameters = (schemeName: string, groupIndex: number) =>
    loadScheme(schemeName).groups[groupIndex]!.indicators.map((i) => [
      i.scoring.method === 'ratio' && i.scoring.baseline.kind === 'fixed' ? i.scoring.baseline.value : null,
      i.weight,
    ]);

  it('黄岩 2022: benchmarks and weights, 规上 and 规下', () => {
    const huangyan = variant('huangyan_2022');
    const above = huangyan['above_scale (规上)'] as { benchmark: number; weight: number }[];
    const below = huangyan['below_scale (规下)'] as { benchmark: number; weight: number }[];
    expect(fixedParameters('huangyan-2022.yaml', 0)).toEqual(above.map((row) => [row.benchmark, row.weight]));
    expect(fixedParameters('huangyan-2022.yaml', 1)).toEqual(below.map((row) => [row.benchmark, row.weight]));
    const emission = loadScheme('huangyan-2022.yaml').groups[0]!.indicators.find(
      (i) => i.id === 'value_added_per_emission',
    )!;
    expect(emission.missing.policy).toBe('group_mean_score');
  });

  it('临海 2014–2016: benchmarks and weights by land size', () => {
    const linhai = variant('linhai_2014_2016');
    const pairs = (table: unknown) => Object.values(table as Record<string, [number, number]>);
    expect(fixedParameters('linhai-2016.yaml', 0)).toEqual(pairs(linhai.ge_3_mu));
    expect(fixedParameters('linhai-2016.yaml', 1)).toEqual(pairs(linhai.lt_3_mu));
  });

  it('the Anhui city: weights and A/B/C/D cut-offs', () => {
    const city = variant('city_abcd_cutoffs');
    const scheme = loadScheme('anhui-city-abcd.yaml');
    expect(scheme.groups[0]!.indicators.map((i) => i.weight)).toEqual(
      Object.values(city.weights_above_scale as object),
    );
    expect(scheme.groups[1]!.indicators.map((i) => [i.name.zh, i.weight])).toEqual([['亩均税收', 100]]);
    const classification = scheme.groups[0]!.classification;
    expect(classification.method === 'percentile' && classification.cutoffs.map((c) => c.upTo)).toEqual([
      0.25, 0.7, 0.95, 1,
    ]);
  });

  it('旌德: the indicators of both groups', () => {
    const jingde = variant('jingde_county');
    const names = (index: number) => loadScheme('jingde-2022.yaml').groups[index]!.indicators.map((i) => i.name.zh);
    expect(names(0).map((n) => n.replace('研究与实验发展经费', '研发经费'))).toEqual(jingde.above_scale_indicators);
    expect(names(1)).toEqual(jingde.below_scale_indicators);
  });
});
