/**
 * The evidence-fact tags the loaded schemes know: every tag a scheme's predicates name (who is unrated, who is in
 * a group) and every tag its bonus, penalty and veto rules name or count. A fact with another tag would change no
 * result, so recording one is refused with this list.
 */
import { predicateReferences, type EvaluationScheme } from '@observatory/core';
import type { Queryable } from '../../repositories/queryable.ts';
import { listEvaluationSchemeDocuments } from '../../repositories/evaluation-fact.repository.ts';

export function schemeFactTags(scheme: EvaluationScheme): string[] {
  const predicates = [
    ...scheme.unrated.map((rule) => rule.when),
    ...scheme.groups.flatMap((group) => [
      group.members,
      ...group.unrated.map((rule) => rule.when),
      ...group.rules.map((rule) => rule.when),
    ]),
  ];
  const tags = new Set(predicates.flatMap((predicate) => predicateReferences(predicate).facts));
  for (const group of scheme.groups) for (const rule of group.rules) if (rule.perCount) tags.add(rule.perCount.fact);
  return [...tags].sort();
}

/** Tags known to any stored scheme (every version), sorted. */
export async function listKnownFactTags(db: Queryable): Promise<string[]> {
  const rows = await listEvaluationSchemeDocuments(db);
  const tags = new Set(rows.flatMap((row) => schemeFactTags(row.document as unknown as EvaluationScheme)));
  return [...tags].sort();
}
