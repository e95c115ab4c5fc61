/** Cluster promotion organisations (promotion_organisation): append-only, the latest per system and cluster is in force. */
import type { PromotionOrganisationTable } from '../db/schema.ts';
import type { Queryable } from './queryable.ts';

export interface NewPromotionOrganisation {
  systemId: string;
  clusterId: string;
  name: string;
  orgType: PromotionOrganisationTable['org_type'];
  contactRole: string;
  officePhone: string | null;
  foundedDate: string | null;
  recordedBy: string;
}

export async function insertPromotionOrganisation(db: Queryable, org: NewPromotionOrganisation): Promise<number> {
  const { id } = await db
    .insertInto('promotion_organisation')
    .values({
      system_id: org.systemId,
      cluster_id: org.clusterId,
      name: org.name,
      org_type: org.orgType,
      contact_role: org.contactRole,
      office_phone: org.officePhone,
      founded_date: org.foundedDate,
      recorded_by: org.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The organisation in force for each cluster of the system (the latest row per cluster). */
export async function listCurrentPromotionOrganisations(db: Queryable, systemId: string) {
  const rows = await db
    .selectFrom('promotion_organisation')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('cluster_id')
    .orderBy('id', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.cluster_id) && seen.add(row.cluster_id));
}
