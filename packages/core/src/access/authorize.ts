/**
 * The one policy: may this subject use this permission on this resource? Services call it (so the CLI and the
 * HTTP API share it) and PostgreSQL's row-level security repeats the row part. A resource names what it belongs
 * to: the enterprise (USCC) and its reporting unit for enterprise-level rows, the cluster for cluster figures.
 * Unknown ownership of an enterprise-level row is refused for every scoped subject, never guessed, and a unit's
 * staff change only what belongs to their unit.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { AccessSubject } from './access-subject.ts';
import { PERMISSION_INFO, type Permission } from './permission.ts';
import { ROLE_DEFINITIONS } from './role.ts';

export interface AccessResource {
  uscc?: string | null;
  reportingUnitId?: string | null;
  /** Cluster figures: the system and cluster they describe. */
  systemId?: string | null;
  clusterId?: string | null;
}

export type AccessDecision =
  { allowed: true } | { allowed: false; code: 'permission_missing' | 'outside_scope'; message: BilingualName };

const ALLOWED: AccessDecision = { allowed: true };

export function hasPermission(subject: AccessSubject, permission: Permission): boolean {
  return ROLE_DEFINITIONS[subject.role].permissions.includes(permission);
}

function outside(permission: Permission, what: BilingualName): AccessDecision {
  const name = PERMISSION_INFO[permission].name;
  return {
    allowed: false,
    code: 'outside_scope',
    message: { zh: `${name.zh}：${what.zh}不在您的数据范围内`, en: `${name.en}: ${what.en} is outside your scope` },
  };
}

const unknown = (value: string | null | undefined) => value ?? '?';
const unitNamed = (id: string | null | undefined) => ({ zh: `单位 ${unknown(id)} `, en: `unit ${unknown(id)}` });
const enterpriseNamed = (uscc: string | null | undefined) => ({
  zh: `企业 ${unknown(uscc)} `,
  en: `enterprise ${unknown(uscc)}`,
});

export function authorize(
  subject: AccessSubject,
  permission: Permission,
  resource: AccessResource = {},
): AccessDecision {
  if (!hasPermission(subject, permission)) {
    const name = PERMISSION_INFO[permission].name;
    const role = ROLE_DEFINITIONS[subject.role].name;
    return {
      allowed: false,
      code: 'permission_missing',
      message: { zh: `${role.zh}无权${name.zh}`, en: `${role.en} may not: ${name.en}` },
    };
  }
  const { scope } = subject;
  const enterpriseLevel = PERMISSION_INFO[permission].enterpriseLevel;
  switch (scope.kind) {
    case 'city':
    case 'none':
      return ALLOWED;
    case 'unit':
      if (resource.reportingUnitId !== undefined && resource.reportingUnitId !== scope.reportingUnitId)
        return outside(permission, unitNamed(resource.reportingUnitId));
      if (enterpriseLevel && resource.reportingUnitId === undefined && resource.uscc !== undefined)
        return outside(permission, enterpriseNamed(resource.uscc));
      // A change to something of the whole city (a cluster's warning, the registry) is not a unit's to make.
      if (PERMISSION_INFO[permission].writes && (resource.reportingUnitId ?? null) === null)
        return outside(permission, { zh: '全市范围的对象', en: 'a city-wide object' });
      return ALLOWED;
    case 'enterprise':
      if (enterpriseLevel && resource.uscc !== scope.uscc) return outside(permission, enterpriseNamed(resource.uscc));
      return ALLOWED;
    case 'cluster':
      if (enterpriseLevel) return outside(permission, { zh: '企业数据', en: 'enterprise data' });
      if (resource.clusterId !== undefined && resource.clusterId !== null) {
        if (resource.systemId !== scope.systemId || resource.clusterId !== scope.clusterId)
          return outside(permission, {
            zh: `集群 ${unknown(resource.systemId)}/${resource.clusterId} `,
            en: `cluster ${unknown(resource.systemId)}/${resource.clusterId}`,
          });
      }
      return ALLOWED;
  }
}
