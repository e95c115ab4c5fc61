/**
 * The benchmark baseline: ONE SQL query that evaluates a scheme over the stored data of its year, written to mirror
 * the engine's arithmetic as closely as SQL can — status (unrated rules, then the first group whose members
 * predicate holds, else out of scope), indicator values in the indicator's unit (exact numeric, then float8 like
 * the engine's doubles), baselines (fixed, or a multiple of the group's aggregate or simple mean), ratio scores with
 * cap and floor, missing data as 0 or the group's mean score, rounding of scores and totals, the weighted sum,
 * rank() and percent_rank() within the group, and the class by CASE on the position against floor(share × n).
 * Scheme features the query does not mirror (segments, rules, min-max scoring, merged parcels, `exclude`/`unrated`
 * missing policies, tie-break keys, other rounding modes) are refused rather than approximated.
 */
import { getUnit, type EvaluationGroup, type EvaluationScheme, type Indicator } from '@observatory/core';
import { column, numeric, predicateSql, quantityCtes, quote } from './evaluation-sql-scope.ts';

export interface SqlEvaluationRow {
  id: number;
  status: 'rated' | 'unrated' | 'excluded';
  group_id: string | null;
  unrated_rule: string | null;
  total: number | null;
  rank: number | null;
  percent_rank: number | null;
  class: string | null;
}

function refuse(what: string): never {
  throw new Error(`SQL 基准不支持 ${what} (the SQL baseline does not mirror ${what})`);
}

function checkSupported(scheme: EvaluationScheme): void {
  if (scheme.merge.sharedParcels) refuse('merge.sharedParcels');
  if (scheme.rounding.mode !== 'half_up') refuse(`rounding mode ${scheme.rounding.mode}`);
  for (const group of scheme.groups) {
    if (group.segments.length > 0) refuse(`segments (${group.id})`);
    if (group.rules.length > 0) refuse(`bonus/penalty/veto rules (${group.id})`);
    const c = group.classification;
    if (c.method === 'percentile' && c.ties.keys.length > 0) refuse(`tie-break keys (${group.id})`);
    for (const indicator of group.indicators) {
      if (indicator.scoring.method !== 'ratio') refuse(`${indicator.scoring.method} scoring (${indicator.id})`);
      if (['exclude', 'unrated'].includes(indicator.missing.policy)) refuse(`missing: ${indicator.missing.policy}`);
    }
  }
}

/** Exact factor of a unit to its canonical unit as a SQL numeric product: [numerator × 10^p, denominator]. */
function factor(code: string): [string, string] {
  const unit = getUnit(code);
  if (!unit) throw new Error(`unknown unit ${code}`);
  return [`${unit.factor.numerator}e${unit.factor.powerOfTen}`, String(unit.factor.denominator)];
}

/** numerator / denominator (canonical) in the indicator's unit: num × f_den / (den × f_num), exactly. */
function inUnit(indicator: Indicator, numerator: string, denominator: string): string {
  const [nTop, nBottom] = factor(indicator.unit.numerator);
  const [dTop, dBottom] = factor(indicator.unit.denominator);
  return `(${numerator} * ${dTop} * ${nBottom}) / (${denominator} * ${nTop} * ${dBottom})`;
}

const round = (value: string, decimals: number | null) =>
  decimals === null ? value : `round((${value})::numeric, ${decimals})::float8`;

function groupCtes(scheme: EvaluationScheme, group: EvaluationGroup, g: number): string {
  const indicators = group.indicators;
  const values = indicators.map((indicator, i) => {
    const [num, den] = [column(indicator.numerator), column(indicator.denominator)];
    const value = inUnit(indicator, num, den);
    const rounded = indicator.decimals === null ? value : `round(${value}, ${indicator.decimals})`;
    return `case when ${num} is null or ${den} is null or ${den} <= 0 then null else (${rounded})::float8 end as v${i},
      ${num} as n${i}, ${den} as d${i}`;
  });
  const baselines = indicators.map((indicator, i) => {
    const scoring = indicator.scoring as Extract<Indicator['scoring'], { method: 'ratio' }>;
    if (scoring.baseline.kind === 'fixed') return `${scoring.baseline.value}::float8 as b${i}`;
    const multiple = scoring.baseline.multiple;
    if (scoring.baseline.average === 'simple') return `avg(v${i}) * ${multiple} as b${i}`;
    const present = `filter (where v${i} is not null)`;
    return `(${inUnit(indicator, `sum(n${i}) ${present}`, `sum(d${i}) ${present}`)})::float8 * ${multiple} as b${i}`;
  });
  const presents = indicators.map((indicator, i) => {
    const scoring = indicator.scoring as Extract<Indicator['scoring'], { method: 'ratio' }>;
    const w = indicator.weight;
    const raw =
      indicator.direction === 'positive'
        ? `(${w} * v${i}) / b${i}`
        : `case when v${i} <= 0 then 'Infinity'::float8 else (${w} * b${i}) / v${i} end`;
    const limits = [
      scoring.cap === null ? null : `when ${raw} > ${scoring.cap * w} then ${scoring.cap * w}::float8`,
      scoring.floor === null ? null : `when ${raw} < ${scoring.floor * w} then ${scoring.floor * w}::float8`,
    ].filter((limit) => limit !== null);
    return `case when v${i} is null or b${i} is null or not (b${i} > 0) then null
      ${limits.join(' ')} else ${raw} end as p${i}`;
  });
  const digits = scheme.rounding.scoreDecimals;
  const finals = indicators.map((indicator, i) => {
    const policy = indicator.missing;
    const missing =
      policy.policy === 'group_mean_score'
        ? round(`coalesce(m${i}, 0)`, digits)
        : policy.policy === 'penalty'
          ? round(`${-policy.points}::float8`, digits)
          : '0::float8';
    return `coalesce(${round(`p${i}`, digits)}, ${missing})`;
  });
  const rawTotal = `0::float8 + ${finals.join(' + ')}`;
  return `g${g} as (
    select id, ${values.join(',\n      ')}
    from scoped where status = 'rated' and group_id = ${quote(group.id)}),
  g${g}_b as materialized (select ${baselines.join(', ')} from g${g}),
  g${g}_p as (select g${g}.id, ${presents.join(',\n      ')} from g${g} cross join g${g}_b),
  g${g}_m as materialized (select ${indicators.map((_, i) => `avg(p${i}) as m${i}`).join(', ')} from g${g}_p),
  g${g}_t as (
    select id, ${quote(group.id)}::text as group_id, ${rawTotal} as raw_total,
      ${round(rawTotal, scheme.rounding.totalDecimals)} as total
    from g${g}_p cross join g${g}_m)`;
}

function classSql(group: EvaluationGroup): string {
  const c = group.classification;
  const key = c.rankOn === 'total' ? 'r.total' : 'r.raw_total';
  if (c.method === 'threshold')
    return `case ${c.thresholds
      .map((t) =>
        t.minScore === null ? `else ${quote(t.class)}` : `when ${key} >= ${t.minScore} then ${quote(t.class)}`,
      )
      .join(' ')} end`;
  const count = { floor: 'floor', ceil: 'ceil', half_up: 'round' }[c.countRounding];
  const position = c.ties.policy === 'favourable' ? 'r.rnk' : 'r.block_end';
  const cuts = c.cutoffs
    .slice(0, -1)
    .map((cut) => `when ${position} <= ${count}(${numeric(cut.upTo)} * r.n) then ${quote(cut.class)}`);
  return `case ${cuts.join(' ')} else ${quote(c.cutoffs.at(-1)!.class)} end`;
}

export function evaluationSql(scheme: EvaluationScheme): string {
  checkSupported(scheme);
  const groupRule = scheme.groups.map((group) => `when ${predicateSql(group.members)} then ${quote(group.id)}`);
  const unratedRules = [
    ...scheme.unrated.map((rule) => `when ${predicateSql(rule.when)} then ${quote(rule.id)}`),
    ...scheme.groups.flatMap((group) =>
      group.unrated.map(
        (rule) => `when group_id = ${quote(group.id)} and ${predicateSql(rule.when)} then ${quote(rule.id)}`,
      ),
    ),
  ];
  const key = (group: EvaluationGroup) => (group.classification.rankOn === 'total' ? 'total' : 'raw_total');
  const rankKey = `case ${scheme.groups.map((g) => `when group_id = ${quote(g.id)} then ${key(g)}`).join(' ')} end`;
  return `with ${quantityCtes(scheme)},
  grouped as (select q.*, case ${groupRule.join(' ')} end as group_id from quantities q),
  ruled as (select g.*, ${unratedRules.length > 0 ? `case ${unratedRules.join(' ')} end` : 'null::text'} as unrated_rule
    from grouped g),
  scoped as (
    select r.*, case when unrated_rule is not null then 'unrated' when group_id is null then 'excluded' else 'rated' end
      as status
    from ruled r),
  ${scheme.groups.map((group, g) => groupCtes(scheme, group, g)).join(',\n  ')},
  scored as (${scheme.groups.map((_, g) => `select * from g${g}_t`).join(' union all ')}),
  ranked as (
    select id, group_id, raw_total, total, rank() over w as rnk, percent_rank() over w as pr,
      count(*) over (partition by group_id) as n,
      rank() over w + count(*) over (partition by group_id, ${rankKey}) - 1 as block_end
    from scored
    window w as (partition by group_id order by ${rankKey} desc))
  select s.id, s.status, s.group_id, s.unrated_rule, r.total, r.rnk::int as rank, r.pr as percent_rank,
    case ${scheme.groups.map((g) => `when r.group_id = ${quote(g.id)} then ${classSql(g)}`).join('\n    ')} end as class
  from scoped s left join ranked r on r.id = s.id
  order by s.id`;
}
