import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessChain, gapAction, linkFigures, linkStrength } from './assess-chain.ts';
import { parseChainDefinition } from './chain-definition.ts';
import { assignEnterprisesToLinks, linksOfIndustry } from './link-assignment.ts';

const chain = parseChainDefinition({
  id: 'fibre',
  name: { zh: '差别化纤维', en: 'Differentiated fibre' },
  source: 'test',
  thresholds: { strongMinFirms: 2, strongMinOutputYuan: 1e9 },
  links: [
    {
      id: 'refining',
      name: { zh: '炼化', en: 'Refining' },
      stage: 'upstream',
      industries: ['2511', '26'],
      supplies: ['pta'],
    },
    { id: 'pta', name: { zh: 'PTA', en: 'PTA' }, stage: 'upstream', industries: ['2614'], supplies: ['polyester'] },
    {
      id: 'polyester',
      name: { zh: '涤纶', en: 'Polyester' },
      stage: 'midstream',
      industries: ['2822'],
      supplies: ['weaving'],
    },
    { id: 'weaving', name: { zh: '织造', en: 'Weaving' }, stage: 'downstream', industries: ['1751'] },
  ],
});

describe('placing enterprises on links', () => {
  it.each([
    ['2614', ['pta']],
    ['2613', ['refining']],
    ['2511', ['refining']],
    ['2822', ['polyester']],
    ['3825', []],
    [null, []],
  ])('industry %s sits on %j (longest prefix wins)', (code, links) => {
    expect(linksOfIndustry(chain, code)).toEqual(links);
  });

  it('lets a hand assignment override the code', () => {
    const firms = [
      { uscc: 'A', industryCode: '2822' },
      { uscc: 'B', industryCode: '3825' },
    ];
    const placed = assignEnterprisesToLinks(chain, firms, [{ uscc: 'B', linkIds: ['weaving', 'no-such-link'] }]);
    expect(placed.get('polyester')!.map((firm) => firm.uscc)).toEqual(['A']);
    expect(placed.get('weaving')!.map((firm) => firm.uscc)).toEqual(['B']);
  });
});

describe('link strength and gaps', () => {
  const thresholds = chain.thresholds;
  it.each([
    [{ firms: 0, outputYuan: 0 }, 'missing'],
    [{ firms: 1, outputYuan: 5e9 }, 'weak'],
    [{ firms: 2, outputYuan: 1e9 }, 'strong'],
    [{ firms: 2, outputYuan: 0.99e9 }, 'weak'],
    [{ firms: 9, outputYuan: null }, 'weak'],
  ] as const)('%j is %s', (figures, strength) => {
    expect(linkStrength(figures, thresholds)).toBe(strength);
  });

  it.each([
    ['midstream', 'missing', 'build'],
    ['upstream', 'missing', 'fill'],
    ['downstream', 'missing', 'extend'],
    ['upstream', 'weak', 'strengthen'],
    ['downstream', 'strong', null],
  ] as const)('a %s link that is %s calls for %s', (stage, strength, action) => {
    expect(gapAction(stage, strength)).toBe(action);
  });

  it('never takes unknown output as 0', () => {
    expect(linkFigures([1e9, null, 2e9])).toEqual({ firms: 3, outputYuan: null });
    expect(linkFigures([1e9, 2e9])).toEqual({ firms: 2, outputYuan: 3e9 });
    expect(linkFigures([])).toEqual({ firms: 0, outputYuan: 0 });
  });

  it('assesses the whole chain with counts', () => {
    const figures = new Map([
      ['refining', linkFigures([3e9, 2e9])],
      ['pta', linkFigures([1e8])],
      ['weaving', linkFigures([])],
    ]);
    const assessed = assessChain(chain, figures);
    expect(assessed.links.map((link) => [link.id, link.strength, link.action])).toEqual([
      ['refining', 'strong', null],
      ['pta', 'weak', 'strengthen'],
      ['polyester', 'missing', 'build'],
      ['weaving', 'missing', 'extend'],
    ]);
    expect(assessed.counts).toEqual({ strong: 1, weak: 1, missing: 2 });
    expect(assessed.strongShare).toBe(0.25);
  });

  it('more output or more firms never weakens a link (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.nat(20),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        (f1, f2, o1, o2) => {
          const rank = { missing: 0, weak: 1, strong: 2 };
          const low = linkStrength({ firms: Math.min(f1, f2), outputYuan: Math.min(o1, o2) }, thresholds);
          const high = linkStrength({ firms: Math.max(f1, f2), outputYuan: Math.max(o1, o2) }, thresholds);
          expect(rank[high]).toBeGreaterThanOrEqual(rank[low]);
        },
      ),
    );
  });
});
