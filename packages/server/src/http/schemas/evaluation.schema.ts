/**
 * Schemas the evaluation routes share: the acting person (optional in bodies: a session acts as its own login,
 * the admin token must name someone), class ids, path parameters, and the records of approval requests, appeal
 * decisions and appeals.
 */
import { z } from 'zod';

/** Who acts: filled from the session (a different name is refused); required of admin-token calls. */
export const actor = z.string().trim().min(1).max(100).optional();

export const classId = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(20);

export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const reasonText = z.string().trim().min(1).max(2000);

export const approvalRecord = z
  .object({
    id: z.number(),
    kind: z.enum(['regrade', 'appeal']),
    runId: z.number(),
    uscc: z.string(),
    reportingUnit: z.string(),
    appealId: z.number().nullable(),
    fromClass: z.string(),
    toClass: z.string(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: z.date(),
    status: z.enum(['pending', 'approved', 'rejected']),
    decidedBy: z.string().nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'EvaluationApproval' });

export const appealDecision = z
  .object({
    id: z.number(),
    uscc: z.string(),
    status: z.enum(['open', 'awaiting_approval', 'accepted', 'rejected']),
    classBefore: z.string().nullable(),
    classAfter: z.string().nullable(),
    proposedClass: z.string().nullable(),
    approvalId: z.number().nullable(),
  })
  .meta({ id: 'EvaluationAppealDecision' });

export const appealRecord = z
  .object({
    id: z.number(),
    runId: z.number(),
    uscc: z.string(),
    reportingUnit: z.string(),
    status: z.enum(['open', 'awaiting_approval', 'accepted', 'rejected']),
    reason: z.string(),
    requestedClass: z.string().nullable(),
    filedBy: z.string(),
    filedAt: z.date(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    approvedBy: z.string().nullable(),
    decidedAt: z.date().nullable(),
    classBefore: z.string().nullable(),
    classAfter: z.string().nullable(),
    pendingChange: z
      .object({
        approvalId: z.number(),
        fromClass: z.string(),
        toClass: z.string(),
        reason: z.string(),
        requestedBy: z.string(),
        requestedAt: z.date(),
      })
      .nullable(),
  })
  .meta({ id: 'EvaluationAppeal' });
