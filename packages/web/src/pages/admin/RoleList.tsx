/** The roles with their scope, second factor and permissions (GET /api/admin/roles), one collapsible entry each. */
import { useLanguage } from '../../i18n/language.tsx';
import { label, SCOPE_KINDS } from './admin-labels.ts';
import type { RoleInfo } from './admin-types.ts';

export function RoleList({ roles }: { roles: RoleInfo[] }) {
  const { t, name } = useLanguage();
  return (
    <section className="card role-list">
      <h2>{t('角色与权限', 'Roles and permissions')}</h2>
      {roles.map((role) => (
        <details key={role.role}>
          <summary>
            <strong>{name(role.name)}</strong> <span className="muted">{role.role}</span> ·{' '}
            {name(label(SCOPE_KINDS, role.scopeKind))}
            {role.secondFactorRequired && <span className="badge blue">{t('需动态口令', '2FA')}</span>}
            {role.separatedAdministrator && <span className="badge orange">{t('三员', 'Separated admin')}</span>}
          </summary>
          <ul className="permissions">
            {role.permissions.map((permission) => (
              <li key={permission.permission}>
                {name(permission.name)} <code>{permission.permission}</code>
                {permission.writes && <span className="badge red">{t('写', 'writes')}</span>}
                {permission.enterpriseLevel && <span className="badge yellow">{t('企业级数据', 'firm-level')}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
