/**
 * The roles, as data shared by the server and the web: who a role is, what scope an account with it carries
 * (the whole city, one reporting unit, one cluster, one enterprise, or no business data at all), whether it needs
 * a second factor, and its permissions. 三员分立 (separation of the system, security and audit administrators): none of
 * the three may read enterprise data or hold another's permissions; a test proves it on this table.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { Permission } from './permission.ts';

export const ROLES = [
  'city_admin',
  'city_analyst',
  'county_staff',
  'cluster_org',
  'enterprise_user',
  'leader',
  'system_admin',
  'security_admin',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

/** What an account of the role is tied to. */
export type ScopeKind = 'city' | 'unit' | 'cluster' | 'enterprise' | 'none';

/** What disclosure control a role's aggregate reads get: full figures, its own unit's view, or the public view. */
export type AggregateAudience = 'full' | 'unit' | 'public';

export interface RoleDefinition {
  name: BilingualName;
  scope: ScopeKind;
  secondFactorRequired: boolean;
  /** Aggregates are sent with this audience's disclosure control (null: no aggregate reads). */
  audience: AggregateAudience | null;
  /** One of the three separated administrators (三员). */
  separatedAdministrator: boolean;
  permissions: readonly Permission[];
}

const readCityAggregates: Permission[] = ['registry.read', 'statistics.read', 'report.read', 'index.read'];

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  city_admin: {
    name: { zh: '市级业务管理员', en: 'City administrator' },
    scope: 'city',
    secondFactorRequired: true,
    audience: 'full',
    separatedAdministrator: false,
    permissions: [
      ...readCityAggregates,
      'registry.write',
      'enterprise.read',
      'enterprise.write',
      'import.read',
      'import.run',
      'import.rollback',
      'statistics.write',
      'evaluation.read',
      'evaluation.run',
      'evaluation.submit',
      'evaluation.publish',
      'evaluation.regrade',
      'evaluation.scheme',
      'evaluation.export_full',
      'appeal.decide',
      'index.define',
      'warning.read',
      'warning.run',
      'warning.handle',
      'register.read',
      'register.write',
    ],
  },
  city_analyst: {
    name: { zh: '市级分析人员', en: 'City analyst' },
    scope: 'city',
    secondFactorRequired: false,
    audience: 'full',
    separatedAdministrator: false,
    permissions: [
      ...readCityAggregates,
      'enterprise.read',
      'import.read',
      'import.run',
      'evaluation.read',
      'evaluation.run',
      'evaluation.submit',
      'evaluation.export_full',
      'warning.read',
      'warning.run',
      'register.read',
    ],
  },
  county_staff: {
    name: { zh: '县（市、区）工作人员', en: 'County staff' },
    scope: 'unit',
    secondFactorRequired: false,
    audience: 'unit',
    separatedAdministrator: false,
    permissions: [
      ...readCityAggregates,
      'enterprise.read',
      'evaluation.read',
      'appeal.file',
      'correction.file',
      'warning.read',
      'warning.handle',
      'register.read',
      'register.write',
    ],
  },
  cluster_org: {
    name: { zh: '集群促进机构', en: 'Cluster promotion organisation' },
    scope: 'cluster',
    secondFactorRequired: false,
    audience: 'public',
    separatedAdministrator: false,
    permissions: [...readCityAggregates, 'warning.read'],
  },
  enterprise_user: {
    name: { zh: '企业用户', en: 'Enterprise user' },
    scope: 'enterprise',
    secondFactorRequired: false,
    audience: null,
    separatedAdministrator: false,
    permissions: ['enterprise.read', 'evaluation.read', 'appeal.file', 'correction.file'],
  },
  leader: {
    name: { zh: '领导（只读）', en: 'Leader (read-only)' },
    scope: 'city',
    secondFactorRequired: false,
    audience: 'public',
    separatedAdministrator: false,
    permissions: [...readCityAggregates, 'warning.read'],
  },
  system_admin: {
    name: { zh: '系统管理员', en: 'System administrator' },
    scope: 'none',
    secondFactorRequired: true,
    audience: null,
    separatedAdministrator: true,
    permissions: ['account.manage'],
  },
  security_admin: {
    name: { zh: '安全管理员', en: 'Security administrator' },
    scope: 'none',
    secondFactorRequired: true,
    audience: null,
    separatedAdministrator: true,
    permissions: ['role.assign'],
  },
  auditor: {
    name: { zh: '安全审计员', en: 'Auditor' },
    scope: 'none',
    secondFactorRequired: true,
    audience: null,
    separatedAdministrator: true,
    permissions: ['audit.read', 'audit.export'],
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
