/**
 * The target measure the projects register gives (services/targets/register-measure.ts): `industrial_investment_growth`
 * — the growth of cluster industrial investment in percent (15 means 15 %) for the target's year, 1–N月 to the
 * latest project list of that year, for one cluster or (clusterId null) every project of the system's clusters.
 * Unavailable when no list of the year or none of last year gives a base.
 */
import type { RegisterMeasureProvider } from '../targets/register-measure.ts';
import { getInvestmentGrowth } from './get-investment-growth.ts';
import { INVESTMENT_GROWTH_BASIS } from './investment-growth-basis.ts';

export const industrialInvestmentGrowth: RegisterMeasureProvider = {
  measure: 'industrial_investment_growth',
  async measureValue(db, query) {
    const growth = await getInvestmentGrowth(db, {
      systemId: query.systemId,
      year: query.asOfYear,
      scope: { kind: 'all' },
    });
    const figures =
      query.clusterId === null ? growth.total : growth.clusters.find((row) => row.cluster.id === query.clusterId);
    if (!figures || figures.growth === null)
      return {
        value: null,
        unavailable: {
          zh: `${query.asOfYear}年或上年同期没有可比的项目完成投资`,
          en: `no comparable completed project investment for ${query.asOfYear} or the same months of the year before`,
        },
      };
    return {
      value: figures.growth,
      year: query.asOfYear,
      basis: {
        zh: `${query.asOfYear}年1-${growth.month}月；${INVESTMENT_GROWTH_BASIS.zh}`,
        en: `${query.asOfYear}, months 1–${growth.month}; ${INVESTMENT_GROWTH_BASIS.en}`,
      },
    };
  },
};

export const projectTargetMeasures: RegisterMeasureProvider[] = [industrialInvestmentGrowth];
