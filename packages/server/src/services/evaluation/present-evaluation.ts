/** How a run's record is shown by the API and the CLI (camelCase, the people and times of each step). */
import type { findEvaluationRunRecord } from '../../repositories/evaluation.repository.ts';

type RunRecord = NonNullable<Awaited<ReturnType<typeof findEvaluationRunRecord>>>;

export function presentRunRecord(record: RunRecord) {
  return {
    id: record.id,
    schemeId: record.scheme_id,
    schemeVersion: record.scheme_version,
    year: record.year,
    region: record.region,
    status: record.status as 'draft' | 'in_review' | 'published',
    digest: record.digest,
    schemeDigest: record.scheme_digest,
    inputDigest: record.input_digest,
    createdBy: record.created_by,
    createdAt: record.created_at,
    submittedBy: record.submitted_by,
    submittedAt: record.submitted_at,
    publishedBy: record.published_by,
    publishedAt: record.published_at,
    appealDeadline: record.appeal_deadline,
  };
}
