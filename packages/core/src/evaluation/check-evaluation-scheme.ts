/**
 * Cross-checks of an evaluation scheme that the schema alone cannot express: unique ids, classes, quantities and
 * indicators that exist, units whose dimensions fit the quantities, weights, and rules that need a cap. Problems
 * are values: errors make the scheme unusable, warnings (a measure outside the catalogue, weights not adding up to
 * 100) are shown to the person loading it.
 */
import { getMeasure } from '../measure/measure-catalogue.ts';
import { getUnit, type Dimension } from '../units/index.ts';
import type { EvaluationScheme } from './evaluation-scheme.ts';
import { effectiveQuantities } from './scheme-quantity.ts';
import { predicateReferences } from './scope-predicate.ts';

export interface SchemeIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** The dimension of every quantity the scheme can refer to (measures of the catalogue and derived ones). */
function quantityDimensions(scheme: EvaluationScheme, issues: SchemeIssue[]): Map<string, Dimension | null> {
  const dimensions = new Map<string, Dimension | null>();
  const dimensionOf = (ref: string, path: string): Dimension | null => {
    if (dimensions.has(ref)) return dimensions.get(ref)!;
    const measure = getMeasure(ref);
    if (measure) return measure.dimension;
    issues.push({ severity: 'warning', path, message: `${ref} 不在度量目录中 (not in the measure catalogue)` });
    dimensions.set(ref, null);
    return null;
  };
  const quantities = effectiveQuantities(scheme.quantities);
  for (const [index, quantity] of quantities.entries()) {
    const path = `quantities.${quantity.id}`;
    const refs = quantity.sum?.map((t) => t.of) ?? quantity.firstOf ?? [];
    for (const ref of refs)
      if (quantities.findIndex((q) => q.id === ref) >= index)
        issues.push({ severity: 'error', path, message: `${ref} 须在本数量之前定义 (define ${ref} before it)` });
    const known = [...new Set(refs.map((ref) => dimensionOf(ref, path)).filter((d) => d !== null))];
    if (known.length > 1)
      issues.push({
        severity: 'error',
        path,
        message: `各项量纲不一致 ${known.join(', ')} (terms differ in dimension)`,
      });
    dimensions.set(quantity.id, known[0] ?? null);
  }
  return dimensions;
}

export function checkEvaluationScheme(scheme: EvaluationScheme): SchemeIssue[] {
  const issues: SchemeIssue[] = [];
  const error = (path: string, message: string) => issues.push({ severity: 'error', path, message });
  const dims = quantityDimensions(scheme, issues);
  const quantity = (ref: string, path: string): Dimension | null => {
    if (dims.has(ref)) return dims.get(ref)!;
    const measure = getMeasure(ref);
    if (!measure)
      issues.push({ severity: 'warning', path, message: `${ref} 不在度量目录中 (not in the measure catalogue)` });
    dims.set(ref, measure?.dimension ?? null);
    return measure?.dimension ?? null;
  };
  const classIds = scheme.classes.map((c) => c.id);
  const knownClass = (id: string, path: string) => {
    if (!classIds.includes(id)) error(path, `未定义的等级 ${id} (unknown class)`);
  };
  for (const id of duplicates(classIds)) error('classes', `等级编号重复 ${id} (duplicate class id)`);
  for (const id of duplicates(scheme.groups.map((g) => g.id)))
    error('groups', `评价组编号重复 ${id} (duplicate group id)`);
  for (const id of duplicates(scheme.levers.map((l) => l.id)))
    error('levers', `政策编号重复 ${id} (duplicate lever id)`);
  for (const id of duplicates(scheme.quantities.map((q) => q.id)))
    error('quantities', `数量编号重复 ${id} (duplicate quantity)`);
  const predicateRefs = (predicate: Parameters<typeof predicateReferences>[0], path: string) =>
    predicateReferences(predicate).quantities.forEach((ref) => quantity(ref, path));
  scheme.unrated.forEach((rule) => predicateRefs(rule.when, `unrated.${rule.id}`));
  for (const group of scheme.groups) {
    const at = `groups.${group.id}`;
    predicateRefs(group.members, `${at}.members`);
    group.unrated.forEach((rule) => predicateRefs(rule.when, `${at}.unrated.${rule.id}`));
    const indicatorIds = group.indicators.map((i) => i.id);
    for (const id of duplicates(indicatorIds)) error(`${at}.indicators`, `指标编号重复 ${id} (duplicate indicator id)`);
    for (const id of duplicates(group.rules.map((r) => r.id)))
      error(`${at}.rules`, `规则编号重复 ${id} (duplicate rule id)`);
    for (const id of duplicates(group.segments.map((s) => s.id)))
      error(`${at}.segments`, `分行业编号重复 ${id} (duplicate segment)`);
    const weights = group.indicators.reduce((sum, i) => sum + i.weight, 0);
    if (Math.abs(weights - 100) > 1e-9)
      issues.push({
        severity: 'warning',
        path: at,
        message: `权重合计 ${weights}，不是 100 (weights add up to ${weights})`,
      });
    for (const indicator of group.indicators) {
      const path = `${at}.indicators.${indicator.id}`;
      for (const side of ['numerator', 'denominator'] as const) {
        const dimension = quantity(indicator[side], `${path}.${side}`);
        const unit = getUnit(indicator.unit[side]);
        if (dimension !== null && unit && unit.dimension !== dimension)
          error(
            `${path}.unit.${side}`,
            `单位 ${unit.symbol} 与 ${indicator[side]} 的量纲 ${dimension} 不符 (unit does not fit)`,
          );
      }
      const scoring = indicator.scoring;
      if (scoring.method === 'ratio' && indicator.direction === 'negative' && scoring.cap === null)
        error(`${path}.scoring`, '逆向比值指标须设上限 cap (a negative ratio indicator needs a cap: value 0 scores ∞)');
      if (scoring.method === 'min_max' && scoring.range !== 'observed' && scoring.range.min >= scoring.range.max)
        error(`${path}.scoring.range`, '最小值须小于最大值 (min must be below max)');
      if (
        scoring.method === 'ratio' &&
        scoring.baseline.kind === 'group_mean' &&
        scoring.baseline.within === 'segment' &&
        group.segments.length === 0
      )
        error(`${path}.scoring.baseline`, '按分行业取均值但未定义分行业 (segment mean without segments)');
    }
    for (const rule of group.rules) {
      predicateRefs(rule.when, `${at}.rules.${rule.id}`);
      if (rule.forceClass !== null) knownClass(rule.forceClass, `${at}.rules.${rule.id}.forceClass`);
    }
    const classification = group.classification;
    const listed = classification.method === 'percentile' ? classification.cutoffs : classification.thresholds;
    listed.forEach((entry) => knownClass(entry.class, `${at}.classification`));
    const order = listed.map((entry) => classIds.indexOf(entry.class));
    if (order.some((position, i) => i > 0 && position <= order[i - 1]!))
      error(`${at}.classification`, '等级须按方案 classes 的顺序、各出现一次 (classes in scheme order, once each)');
    if (classification.method === 'percentile') {
      if (classification.within === 'segment' && group.segments.length === 0)
        error(`${at}.classification.within`, '按分行业分档但未定义分行业 (segment classes without segments)');
      for (const key of classification.ties.keys)
        if (!indicatorIds.includes(key)) error(`${at}.classification.ties`, `未知指标 ${key} (unknown indicator)`);
    }
    group.rectification?.classes.forEach((id) => knownClass(id, `${at}.rectification`));
  }
  const groupIds = scheme.groups.map((g) => g.id);
  for (const lever of scheme.levers) {
    lever.classes.forEach((id) => knownClass(id, `levers.${lever.id}`));
    for (const id of lever.groups ?? [])
      if (!groupIds.includes(id)) error(`levers.${lever.id}.groups`, `未知评价组 ${id} (unknown group)`);
    if (lever.rate) quantity(lever.rate.basis, `levers.${lever.id}.rate.basis`);
  }
  return issues;
}
