import { describe, expect, it } from 'vitest';
import { poolLevelOf, poolLevelOfDocument, poolTierOf, POOL_TIERS } from './pool-tier.ts';
import { validUntilOf } from './pool-entry-record.ts';

describe('poolTierOf', () => {
  it.each([
    ['雄鹰企业', 'eagle'],
    ['雏鹰', 'young_eagle'],
    ['专精特新中小企业', 'specialised'],
    ['专精特新“小巨人”企业', 'little_giant'],
    ['专精特新 "小巨人" 企业', 'little_giant'],
    ['国家级专精特新小巨人企业', 'little_giant'],
    ['制造业单项冠军', 'single_champion'],
    ['隐形冠军企业', 'hidden_champion'],
    ['上市后备企业', 'listing_reserve'],
    ['上市公司', 'listed'],
    ['金鹰企业', null],
    ['', null],
  ])('%s → %s', (text, tier) => {
    expect(poolTierOf(text)).toBe(tier);
  });

  it('knows every tier by its own Chinese name', async () => {
    const { POOL_TIER_NAMES } = await import('./pool-tier.ts');
    for (const tier of POOL_TIERS) expect(poolTierOf(POOL_TIER_NAMES[tier].zh)).toBe(tier);
  });
});

describe('levels', () => {
  it.each([
    ['国家级', 'national'],
    ['省级', 'provincial'],
    ['市', 'municipal'],
    ['区级', null],
  ])('级别 %s → %s', (text, level) => {
    expect(poolLevelOf(text)).toBe(level);
  });

  it.each([
    ['工信部企业函〔2022〕191号', 'national'],
    ['浙经信企业〔2023〕45号', 'provincial'],
    ['嘉经信〔2024〕12号', 'municipal'],
    ['嘉金融〔2024〕8号', null],
  ])('document %s → %s', (document, level) => {
    expect(poolLevelOfDocument(document)).toBe(level);
  });
});

describe('validUntilOf', () => {
  it.each([
    ['2024-03-05', '2027-03-04'],
    ['2023-01-01', '2025-12-31'],
    ['2024-02-29', '2027-02-28'],
  ])('%s + 3 years → %s', (entry, until) => {
    expect(validUntilOf(entry)).toBe(until);
  });
});
