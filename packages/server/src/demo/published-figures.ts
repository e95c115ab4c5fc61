/**
 * The published figures the demo data reproduce exactly from its microdata (DOMAIN.md §2, seeds 000–003),
 * and the unit the generator counts money in: 千元, the smallest unit any demo file shows (0.1 万元), so
 * every total is a whole number and rounds to the published precision without error.
 */

/** 1 亿元 in 千元. */
export const THOUSAND_YUAN_PER_YI = 100_000;

/** 亿元 → whole 千元 (505.25 亿 → 50 525 000). */
export function yiToThousandYuan(yi: number): number {
  return Math.round(yi * THOUSAND_YUAN_PER_YI);
}

/** 2023 1–5月: the city, 135N (illustrative catalogue) and the three traditional clusters (seed 000). */
export const CITY_2023_JAN_MAY = {
  year: 2023,
  toMonth: 5,
  /** Chosen so that 2834 / 5611.9 = 50.50 % and 1822 / 5611.9 = 32.47 % round to the published shares. */
  cityOutputYi: 5611.9,
  n135OutputYi: 2834,
  n135SharePercent: 50.5,
  sandaOutputYi: 1822,
  sandaSharePercent: 32.5,
  cityValueAddedYi: 1122.5,
  /** How the two overlapping systems split the city: firms in both, in 三大 only, in 135N only. */
  bothOutputYi: 1580,
} as const;

/** 2024 1–10月: 三大 现代纺织服装 output and its comparable growth (seed 003). */
export const TEXTILE_2024_JAN_OCT = {
  year: 2024,
  toMonth: 10,
  system: 'sanda',
  cluster: 'sanda-textile-apparel',
  outputYi: 2278.3,
  growth: 0.083,
} as const;

/** 2022: 桐乡's 415X 现代纺织与服装 规上营业收入 (seed 000). */
export const TONGXIANG_TEXTILE_2022 = {
  year: 2022,
  unit: '330483',
  system: 'zhejiang-415x',
  cluster: 'zj415x-textile-apparel',
  revenueYi: 1059,
} as const;

/**
 * 2021: the city's PV output (seed 002), through the 五大 光伏 sub-direction. The 415X 智能光伏 cluster cannot
 * carry it: its 3825 is also listed (partial) by the 秀洲 新星 group, so 3825 firms need review there.
 */
export const PV_2021 = {
  year: 2021,
  system: 'wuda',
  cluster: 'wuda-new-energy-pv',
  outputYi: 505.25,
} as const;

/** 平湖: auto and parts firms (规上 + 规下) and the 规上 ones' output in a year (seed 000). */
export const PINGHU_AUTO = {
  unit: '330482',
  system: 'wuda',
  cluster: 'wuda-automotive',
  firms: 272,
  outputYi: 300,
} as const;

/** 平湖's auto firm count at a scale: 272 at scale 1, never fewer than 2. */
export function pinghuAutoFirms(scale: number): number {
  return Math.max(2, Math.round(PINGHU_AUTO.firms * scale));
}

/** The sum of 2024 1–10 上年同期 that makes the growth 8.3 %: as close to exact as whole 千元 allow. */
export function textileBaseTarget(): number {
  return Math.round(yiToThousandYuan(TEXTILE_2024_JAN_OCT.outputYi) / (1 + TEXTILE_2024_JAN_OCT.growth));
}
