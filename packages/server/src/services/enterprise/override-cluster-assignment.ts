/** Records a manual cluster assignment (or exclusion, clusterId null) for one system and year, with who and why. */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';
import { insertClusterOverride } from '../../repositories/enterprise.repository.ts';
import { findCluster, findClusterSystem } from '../../repositories/registry.repository.ts';

export interface ClusterOverrideInput {
  uscc: string;
  systemId: string;
  year: number;
  clusterId: string | null;
  reason: string;
  assignedBy: string;
}

export async function overrideClusterAssignment(
  db: Kysely<DatabaseSchema>,
  input: ClusterOverrideInput,
): Promise<void> {
  if (input.reason.trim() === '')
    throw new AppError('validation_failed', '必须说明调整原因 (a reason is required)', [
      { path: 'reason', message: 'required' },
    ]);
  const enterprise = await findEnterpriseOrFail(db, input.uscc);
  if (!(await findClusterSystem(db, input.systemId))) throw notFound('集群体系', input.systemId);
  if (input.clusterId !== null) {
    const cluster = await findCluster(db, input.clusterId);
    if (!cluster || cluster.system_id !== input.systemId) {
      throw new AppError(
        'validation_failed',
        `集群 ${input.clusterId} 不属于体系 ${input.systemId} (cluster not in system)`,
        [{ path: 'cluster', message: 'not in system' }],
      );
    }
  }
  await insertClusterOverride(db, {
    enterpriseId: enterprise.id,
    reportingUnitId: enterprise.reporting_unit_id,
    systemId: input.systemId,
    year: input.year,
    clusterId: input.clusterId,
    reason: input.reason.trim(),
    assignedBy: input.assignedBy,
  });
}
