/**
 * Reads the rule text of configuration and the CLI, `freq=3,p=15,nk=2:85,pq=60:80,protection=10`, into
 * checked DisclosureRules. `nk` may repeat (several dominance rules); every other name at most once.
 * Without `protection` the requirement is `not-exact`. Bad text gets a bilingual error naming the token.
 */
import { DisclosureError } from './disclosure-error.ts';
import { checkDisclosureRules, type DisclosureRules, type DominanceRule } from './disclosure-rules.ts';

const RULE_NAMES = ['freq', 'p', 'pq', 'nk', 'protection'] as const;
type RuleName = (typeof RULE_NAMES)[number];

const NUMBER = /^\d+(?:\.\d+)?$/;

function fail(token: string, zh: string, en: string): never {
  throw new DisclosureError('invalid_rules', `规则 "${token}" 无效：${zh} (invalid rule "${token}": ${en})`);
}

function numbers(token: string, text: string, count: 1 | 2): number[] {
  const parts = text.split(':');
  if (parts.length !== count || !parts.every((part) => NUMBER.test(part)))
    fail(
      token,
      count === 1 ? '应为一个数' : '应为两个以冒号分隔的数，如 2:85',
      count === 1 ? 'expected one number' : 'expected two numbers separated by a colon, e.g. 2:85',
    );
  return parts.map(Number);
}

export function parseDisclosureRules(text: string): DisclosureRules {
  const seen = new Set<RuleName>();
  const dominance: DominanceRule[] = [];
  const rules: DisclosureRules = { dominance, protection: { kind: 'not-exact' } };
  const tokens = text
    .split(/[,，]/)
    .map((token) => token.trim())
    .filter((token) => token !== '');
  for (const token of tokens) {
    const [name = '', value, extra] = token.split('=').map((part) => part.trim());
    if (!(RULE_NAMES as readonly string[]).includes(name) || value === undefined || extra !== undefined)
      fail(
        token,
        `应为 名称=值，名称为 ${RULE_NAMES.join('、')} 之一`,
        `expected name=value with name one of ${RULE_NAMES.join(', ')}`,
      );
    const ruleName = name as RuleName;
    if (ruleName !== 'nk' && seen.has(ruleName)) fail(token, `${ruleName} 重复出现`, `${ruleName} given twice`);
    seen.add(ruleName);
    if (ruleName === 'freq') rules.frequency = { minContributors: numbers(token, value, 1)[0] ?? NaN };
    if (ruleName === 'p') rules.pPercent = { p: numbers(token, value, 1)[0] ?? NaN };
    if (ruleName === 'protection') rules.protection = { kind: 'percent', percent: numbers(token, value, 1)[0] ?? NaN };
    if (ruleName === 'pq') {
      const [p = NaN, q = NaN] = numbers(token, value, 2);
      rules.pq = { p, q };
    }
    if (ruleName === 'nk') {
      const [n = NaN, k = NaN] = numbers(token, value, 2);
      dominance.push({ n, k });
    }
  }
  return checkDisclosureRules(rules);
}
