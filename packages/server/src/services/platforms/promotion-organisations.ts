/**
 * Cluster promotion organisations (集群促进机构), one per top-level cluster of a system: the list shows every
 * top-level cluster with its organisation in force or none; recording one (city-wide register staff) adds a row
 * that replaces the previous for that cluster. A contact role and an office phone only — a mobile number is refused.
 */
import {
  officePhoneProblem,
  PROMOTION_ORG_TYPE_NAMES,
  type BilingualName,
  type PromotionOrgType,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  insertPromotionOrganisation,
  listCurrentPromotionOrganisations,
} from '../../repositories/platform-organisation.repository.ts';
import { listClusters } from '../../repositories/registry.repository.ts';

export interface PresentedPromotionOrganisation {
  clusterId: string;
  clusterName: BilingualName;
  organisation: {
    name: string;
    type: PromotionOrgType;
    typeName: BilingualName;
    contactRole: string;
    officePhone: string | null;
    foundedDate: string | null;
    recordedBy: string;
    recordedAt: string;
  } | null;
}

export async function listPromotionOrganisations(
  db: Kysely<DatabaseSchema>,
  systemId: string,
): Promise<PresentedPromotionOrganisation[]> {
  const clusters = (await listClusters(db, systemId)).filter((cluster) => cluster.parent_id === null);
  const organisations = new Map(
    (await listCurrentPromotionOrganisations(db, systemId)).map((row) => [row.cluster_id, row]),
  );
  return clusters.map((cluster) => {
    const row = organisations.get(cluster.id);
    return {
      clusterId: cluster.id,
      clusterName: { zh: cluster.name_zh, en: cluster.name_en },
      organisation: row
        ? {
            name: row.name,
            type: row.org_type,
            typeName: PROMOTION_ORG_TYPE_NAMES[row.org_type],
            contactRole: row.contact_role,
            officePhone: row.office_phone,
            foundedDate: row.founded_date,
            recordedBy: row.recorded_by,
            recordedAt: row.recorded_at.toISOString(),
          }
        : null,
    };
  });
}

export interface RecordPromotionOrganisationInput {
  systemId: string;
  clusterId: string;
  name: string;
  type: PromotionOrgType;
  contactRole: string;
  officePhone?: string | null | undefined;
  foundedDate?: string | null | undefined;
  by: string;
}

export async function recordPromotionOrganisation(
  db: Kysely<DatabaseSchema>,
  input: RecordPromotionOrganisationInput,
): Promise<PresentedPromotionOrganisation> {
  const cluster = (await listClusters(db, input.systemId)).find((row) => row.id === input.clusterId);
  if (!cluster || cluster.parent_id !== null)
    throw new AppError(
      'validation_failed',
      `体系 ${input.systemId} 中没有顶层集群 ${input.clusterId} (no such top-level cluster)`,
      [{ path: 'body.clusterId', message: 'unknown top-level cluster' }],
    );
  const phone = input.officePhone?.trim() || null;
  const problem = phone === null ? null : officePhoneProblem(phone);
  if (problem)
    throw new AppError('validation_failed', `${problem.zh} (${problem.en})`, [
      { path: 'body.officePhone', message: problem.en },
    ]);
  await insertPromotionOrganisation(db, {
    systemId: input.systemId,
    clusterId: input.clusterId,
    name: input.name.trim(),
    orgType: input.type,
    contactRole: input.contactRole.trim(),
    officePhone: phone,
    foundedDate: input.foundedDate ?? null,
    recordedBy: input.by,
  });
  return (await listPromotionOrganisations(db, input.systemId)).find((row) => row.clusterId === input.clusterId)!;
}
