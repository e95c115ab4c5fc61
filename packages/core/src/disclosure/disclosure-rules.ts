/**
 * The parameters of primary suppression and of the protection that secondary suppression must reach
 * (统计法 confidentiality). They are configuration of the producer and are never published: nothing that
 * leaves the system as a publication carries them (see publication.ts).
 *
 * - frequency: a cell is sensitive when 0 < contributors < minContributors ("fewer than 3").
 * - pPercent: sensitive when T − x1 − x2 < p/100 · x1 (x1 ≥ x2 the largest contributions, T the total).
 * - pq: sensitive when T − x1 − x2 < p/q · x1 (the prior-posterior rule).
 * - dominance, each (n, k): sensitive when x1 + … + xn > k/100 · T.
 * - protection: how wide the interval an intruder can derive for a sensitive cell must stay.
 */
import { DisclosureError } from './disclosure-error.ts';

/**
 * `not-exact`: the feasible interval must not collapse to a point (sdcTable's attack criterion).
 * `percent`: the interval must reach percent/100 of the cell's value unknown to the intruder below AND
 * above the true value.
 */
export type ProtectionRequirement = { kind: 'not-exact' } | { kind: 'percent'; percent: number };

export interface DominanceRule {
  n: number;
  k: number;
}

export interface DisclosureRules {
  frequency?: { minContributors: number };
  pPercent?: { p: number };
  pq?: { p: number; q: number };
  dominance: readonly DominanceRule[];
  protection: ProtectionRequirement;
}

const invalid = (zh: string, en: string) => new DisclosureError('invalid_rules', `${zh} (${en})`);

const isPercentInside = (value: number) => Number.isFinite(value) && value > 0 && value < 100;

/** Throws a bilingual DisclosureError when a parameter is out of its range; returns the rules unchanged. */
export function checkDisclosureRules(rules: DisclosureRules): DisclosureRules {
  const { frequency, pPercent, pq, dominance, protection } = rules;
  if (frequency && (!Number.isSafeInteger(frequency.minContributors) || frequency.minContributors < 2))
    throw invalid(
      `频数规则的最少贡献者数应为不小于 2 的整数，实际为 ${frequency.minContributors}`,
      `freq needs an integer of at least 2, got ${frequency.minContributors}`,
    );
  if (pPercent && !isPercentInside(pPercent.p))
    throw invalid(`p% 规则的 p 应大于 0 且小于 100，实际为 ${pPercent.p}`, `p must lie in (0, 100), got ${pPercent.p}`);
  if (pq && !(isPercentInside(pq.p) && pq.q > pq.p && pq.q <= 100))
    throw invalid(
      `pq 规则应满足 0 < p < q ≤ 100，实际为 p=${pq.p}、q=${pq.q}`,
      `pq needs 0 < p < q ≤ 100, got p=${pq.p}, q=${pq.q}`,
    );
  for (const { n, k } of dominance)
    if (!Number.isSafeInteger(n) || n < 1 || !isPercentInside(k))
      throw invalid(
        `(n,k) 支配规则应满足 n 为正整数且 0 < k < 100，实际为 n=${n}、k=${k}`,
        `(n,k) dominance needs a positive integer n and 0 < k < 100, got n=${n}, k=${k}`,
      );
  if (
    protection.kind === 'percent' &&
    !(Number.isFinite(protection.percent) && protection.percent > 0 && protection.percent <= 100)
  )
    throw invalid(
      `保护水平应大于 0 且不超过 100，实际为 ${protection.percent}`,
      `protection must lie in (0, 100], got ${protection.percent}`,
    );
  if (!frequency && !pPercent && !pq && dominance.length === 0)
    throw invalid(
      '至少需要一条初次隐藏规则（freq、p、pq 或 nk）',
      'at least one primary rule is needed (freq, p, pq or nk)',
    );
  return rules;
}
