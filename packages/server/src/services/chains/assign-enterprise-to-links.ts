/**
 * The bureau places an enterprise on links of a chain by hand (or, with no links, takes it off the chain),
 * overriding its industry code; the latest placement wins and earlier ones stay as history. Only city-wide
 * accounts may (register.write on a firm of any unit; the route also requires city scope).
 */
import type { AccessSubject } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertChainLinkAssignment } from '../../repositories/chain-link-assignment.repository.ts';
import { findEnterpriseByUscc } from '../../repositories/enterprise.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { requireChain } from './current-chains.ts';

export interface AssignEnterpriseInput {
  chainId: string;
  uscc: string;
  linkIds: readonly string[];
  reason: string;
  by: string;
  subject: AccessSubject;
}

export async function assignEnterpriseToLinks(db: Kysely<DatabaseSchema>, input: AssignEnterpriseInput) {
  const { chain } = await requireChain(db, input.chainId);
  const known = new Set(chain.links.map((link) => link.id));
  const unknown = input.linkIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new AppError('validation_failed', `产业链 ${chain.id} 没有环节 ${unknown.join('、')} (no such link)`, [
      ...unknown.map((id) => ({ path: 'body.linkIds', message: `not a link of ${chain.id}: ${id}` })),
    ]);
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!enterprise) throw new AppError('not_found', `没有企业 ${input.uscc} (no such enterprise)`);
  assertAuthorized(input.subject, 'register.write', {
    uscc: enterprise.uscc,
    reportingUnitId: enterprise.reporting_unit_id,
  });
  const row = await insertChainLinkAssignment(db, {
    chainId: chain.id,
    uscc: enterprise.uscc,
    reportingUnitId: enterprise.reporting_unit_id,
    linkIds: [...new Set(input.linkIds)],
    reason: input.reason.trim(),
    by: input.by,
  });
  return {
    id: row.id,
    chainId: row.chain_id,
    uscc: row.uscc,
    reportingUnitId: row.reporting_unit_id,
    linkIds: row.link_ids,
    reason: row.reason,
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at.toISOString(),
  };
}
