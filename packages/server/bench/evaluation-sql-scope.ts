/**
 * The benchmark baseline's first half, as SQL text mirroring the engine: a year's measures pivoted from
 * current_observation (the annual value, else December, as build-evaluation-input does for annual, cumulative and
 * stock measures), the scheme's quantities (signed sums with required and optional terms, first-present choices;
 * missing stays NULL) and its scope predicates (规上/在产 flags where NULL matches neither value, GB/T 4754 prefixes and
 * sections, exact numeric bounds, `missing`; stored runs have no evidence facts, so `fact` never holds).
 */
import { effectiveQuantities, type EvaluationScheme, type ScopePredicate } from '@observatory/core';

export const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
export const column = (id: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`不是合法的列名 (not a column name): ${id}`);
  return `"${id}"`;
};
/** A JavaScript number as an exact SQL numeric literal. */
export const numeric = (value: number) => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return `(${String(value)})::numeric`;
};

const SECTION_DIVISIONS: Record<string, [number, number]> = { B: [6, 12], C: [13, 43], D: [44, 46] };

function industrySql(prefix: string): string {
  const section = SECTION_DIVISIONS[prefix];
  if (!section) return `coalesce(industry_code like ${quote(`${prefix}%`)}, false)`;
  return `coalesce(case when industry_code ~ '^[0-9]{2,4}$'
    then substr(industry_code, 1, 2)::int between ${section[0]} and ${section[1]}
    else industry_code = ${quote(prefix)} end, false)`;
}

/** A predicate as a SQL boolean that is never NULL (so not/and/or behave as in the engine). */
export function predicateSql(predicate: ScopePredicate): string {
  const p = predicate;
  if ('always' in p) return 'true';
  if ('aboveScale' in p) return `above_scale is ${p.aboveScale}`;
  if ('inProduction' in p) return `in_production is ${p.inProduction}`;
  if ('industry' in p) return `(${p.industry.map(industrySql).join(' or ')})`;
  if ('missing' in p) return `${column(p.missing)} is null`;
  if ('quantity' in p) {
    const q = column(p.quantity);
    const bounds = [
      p.atLeast === undefined ? null : `${q} >= ${numeric(p.atLeast)}`,
      p.above === undefined ? null : `${q} > ${numeric(p.above)}`,
      p.atMost === undefined ? null : `${q} <= ${numeric(p.atMost)}`,
      p.below === undefined ? null : `${q} < ${numeric(p.below)}`,
    ].filter((bound) => bound !== null);
    return `coalesce(${bounds.join(' and ')}, false)`;
  }
  if ('fact' in p) return 'false';
  if ('all' in p) return `(${p.all.map(predicateSql).join(' and ')})`;
  if ('any' in p) return `(${p.any.map(predicateSql).join(' or ')})`;
  return `not ${predicateSql(p.not)}`;
}

function predicateQuantities(predicate: ScopePredicate, into: Set<string>): void {
  const p = predicate;
  if ('quantity' in p) into.add(p.quantity);
  else if ('missing' in p) into.add(p.missing);
  else if ('all' in p) p.all.forEach((q) => predicateQuantities(q, into));
  else if ('any' in p) p.any.forEach((q) => predicateQuantities(q, into));
  else if ('not' in p) predicateQuantities(p.not, into);
}

/**
 * CTEs `base` (enterprises of the year with their attributes), `measures` (pivot) and `quantities` (one row per
 * enterprise: id, industry_code, above_scale, in_production, then one column per measure and quantity the scheme
 * reads, named by its id).
 */
export function quantityCtes(scheme: EvaluationScheme): string {
  const year = scheme.year;
  const definitions = effectiveQuantities(scheme.quantities);
  const defined = new Set(definitions.map((q) => q.id));
  const used = new Set<string>();
  for (const rule of scheme.unrated) predicateQuantities(rule.when, used);
  for (const group of scheme.groups) {
    predicateQuantities(group.members, used);
    for (const rule of group.unrated) predicateQuantities(rule.when, used);
    for (const indicator of group.indicators) used.add(indicator.numerator).add(indicator.denominator);
  }
  const measures = new Set([...used].filter((id) => !defined.has(id)));
  const expressions = new Map<string, string>();
  const reference = (id: string) => {
    const expression = expressions.get(id);
    if (expression !== undefined) return expression;
    measures.add(id);
    return `m.${column(id)}`;
  };
  for (const q of definitions) {
    if (q.firstOf) {
      expressions.set(q.id, `coalesce(${q.firstOf.map(reference).join(', ')})`);
      continue;
    }
    const terms = q.sum!.map((term) => ({ ...term, sql: reference(term.of) }));
    const missing = [
      ...terms.filter((term) => !term.optional).map((term) => `${term.sql} is null`),
      `num_nonnulls(${terms.map((term) => term.sql).join(', ')}) = 0`,
    ];
    const sum = terms.map((term) => `${term.sign === 1 ? '+' : '-'} coalesce(${term.sql}, 0)`).join(' ');
    expressions.set(q.id, `(case when ${missing.join(' or ')} then null else 0 ${sum} end)`);
  }
  const pivot = [...measures].map(
    (code) =>
      `coalesce(max(value) filter (where measure = ${quote(code)} and period_month = 0),
                max(value) filter (where measure = ${quote(code)} and period_month = 12)) as ${column(code)}`,
  );
  const selected = [
    ...[...measures].filter((code) => !defined.has(code)).map((code) => `m.${column(code)}`),
    ...definitions.filter((q) => used.has(q.id)).map((q) => `${expressions.get(q.id)} as ${column(q.id)}`),
  ];
  return `base as (
    select e.id, y.industry_code, y.above_scale, y.in_production
    from enterprise e
    left join enterprise_year y on y.enterprise_id = e.id and y.year = ${year}
    where y.year = ${year}
       or exists (select 1 from current_observation o where o.enterprise_id = e.id and o.period_year = ${year})),
  measures as (
    select enterprise_id, ${pivot.join(',\n      ')}
    from current_observation
    where period_year = ${year} and period_month in (0, 12) and measure in (${[...measures].map(quote).join(', ')})
    group by enterprise_id),
  quantities as (
    select b.*, ${selected.join(',\n      ')}
    from base b left join measures m on m.enterprise_id = b.id)`;
}
