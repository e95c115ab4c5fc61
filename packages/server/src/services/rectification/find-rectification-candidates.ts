/**
 * Candidates for new cases in a year, within the caller's scope: the published evaluation run of the year's
 * candidates (class D, or 亩均税收 under the floor for the scheme's years; services/evaluation) and the firms the
 * data rules find on stored facts (core findRectificationFindings with the shipped thresholds), merged per firm,
 * each with the case already opened for it in the year (if any).
 */
import {
  DEFAULT_RECTIFICATION_RULES,
  findRectificationFindings,
  inDataScope,
  type DataScope,
  type RectificationFinding,
  type RectificationReason,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listRectificationCases } from '../../repositories/rectification-case.repository.ts';
import { findEvaluationCandidates } from '../evaluation/find-evaluation-candidates.ts';
import { publishedRunOfYear, readRectificationFacts } from './read-rectification-facts.ts';

export interface RectificationCandidateRow {
  uscc: string;
  name: string;
  reportingUnitId: string;
  /** The run's reasons (class, tax under the floor), when the firm is a candidate of the year's published run. */
  evaluation: RectificationReason[] | null;
  dataRules: RectificationFinding[];
  /** The case already opened for the firm in the year. */
  caseId: number | null;
  landMu: number | null;
  energyTce: number | null;
}

export async function findRectificationCandidates(
  db: Kysely<DatabaseSchema>,
  input: { year: number; scope: DataScope },
) {
  const run = await publishedRunOfYear(db, input.year);
  const [evaluated, facts, cases] = await Promise.all([
    run ? findEvaluationCandidates(db, run.id) : null,
    readRectificationFacts(db, input.year),
    listRectificationCases(db, { year: input.year, scope: input.scope }),
  ]);
  const found = findRectificationFindings(DEFAULT_RECTIFICATION_RULES, facts, input.year);
  const factsOf = new Map(facts.map((firm) => [firm.uscc, firm]));
  const caseOf = new Map(cases.map((row) => [row.uscc, row.id]));
  const rows = new Map<string, RectificationCandidateRow>();
  const rowOf = (firm: { uscc: string; name: string; reportingUnitId: string }) => {
    const existing = rows.get(firm.uscc);
    if (existing) return existing;
    const latest = factsOf.get(firm.uscc)?.years.find((y) => y.year === input.year);
    const row: RectificationCandidateRow = {
      uscc: firm.uscc,
      name: firm.name,
      reportingUnitId: firm.reportingUnitId,
      evaluation: null,
      dataRules: [],
      caseId: caseOf.get(firm.uscc) ?? null,
      landMu: latest?.landMu ?? null,
      energyTce: latest?.energyTce ?? null,
    };
    rows.set(firm.uscc, row);
    return row;
  };
  for (const candidate of evaluated?.candidates ?? []) rowOf(candidate).evaluation = candidate.reasons;
  for (const firm of found) rowOf(firm).dataRules = firm.findings;
  const candidates = [...rows.values()]
    .filter((row) => inDataScope(input.scope, { uscc: row.uscc, reportingUnitId: row.reportingUnitId }))
    .sort((a, b) => a.reportingUnitId.localeCompare(b.reportingUnitId) || a.uscc.localeCompare(b.uscc));
  return {
    year: input.year,
    runId: run?.id ?? null,
    rules: DEFAULT_RECTIFICATION_RULES,
    candidates,
  };
}
