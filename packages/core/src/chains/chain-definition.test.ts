import { describe, expect, it } from 'vitest';
import { ChainDefinitionError, parseChainDefinition } from './chain-definition.ts';

const base = {
  id: 'fibre',
  name: { zh: '差别化纤维', en: 'Differentiated fibre' },
  source: 'test',
  links: [
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
};

function problemsOf(document: unknown): string[] {
  try {
    parseChainDefinition(document);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ChainDefinitionError);
    return (error as ChainDefinitionError).problems;
  }
}

describe('chain definitions', () => {
  it('accepts a sound chain and fills the default thresholds', () => {
    const chain = parseChainDefinition(base);
    expect(chain.thresholds).toEqual({ strongMinFirms: 5, strongMinOutputYuan: 5e9 });
    expect(chain.links.map((link) => link.supplies)).toEqual([['polyester'], ['weaving'], []]);
  });

  it.each([
    [
      'an edge to an unknown link',
      { ...base, links: [{ ...base.links[0], supplies: ['nylon'] }, ...base.links.slice(1)] },
      /pta → nylon/,
    ],
    ['a duplicate id', { ...base, links: [...base.links, { ...base.links[2] }] }, /duplicate link id/],
    [
      'an edge running back up the chain',
      { ...base, links: [...base.links.slice(0, 2), { ...base.links[2], supplies: ['pta'] }] },
      /back up the chain/,
    ],
    [
      'a cycle within a stage',
      {
        ...base,
        links: [
          { id: 'a', name: { zh: 'a', en: 'a' }, stage: 'midstream', supplies: ['b'] },
          { id: 'b', name: { zh: 'b', en: 'b' }, stage: 'midstream', supplies: ['a'] },
        ],
      },
      /cycle/,
    ],
    ['a bad industry code', { ...base, links: [{ ...base.links[0], industries: ['26x'] }] }, /links\.0\.industries\.0/],
    ['no links', { ...base, links: [] }, /links/],
  ])('refuses %s, saying where', (_case, document, pattern) => {
    expect(problemsOf(document).join('; ')).toMatch(pattern);
  });
});
