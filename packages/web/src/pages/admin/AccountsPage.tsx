/**
 * 用户与角色 (/admin/accounts): the system administrator lists, creates, disables and resets accounts; the roles
 * with their permissions are shown to them and to the security administrator (role.assign).
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { AccountActions } from './AccountActions.tsx';
import { AccountList } from './AccountList.tsx';
import type { Account, RoleInfo } from './admin-types.ts';
import { CreateAccountForm } from './CreateAccountForm.tsx';
import { RoleList } from './RoleList.tsx';
import './admin.css';

export default function AccountsPage(_props: PageProps) {
  const { t } = useLanguage();
  const { can } = useSession();
  const manage = can('account.manage');
  const accounts = useApi<Account[]>(manage ? '/api/admin/accounts' : null);
  const roles = useApi<RoleInfo[]>('/api/admin/roles');
  const [openLogin, setOpenLogin] = useState<string | null>(null);
  const open = accounts.data?.find((account) => account.login === openLogin) ?? null;
  return (
    <div className="page admin-page">
      <PageHeader
        title={t('用户与角色', 'Users and roles')}
        subtitle={t(
          '三员分立：系统管理员管理账号，安全管理员查看角色权限，审计员查看日志。',
          'Separation of duties: the system administrator manages accounts, the security administrator reviews roles, the auditor reads the log.',
        )}
      />
      {manage && (
        <>
          {roles.data && <CreateAccountForm roles={roles.data} onCreated={accounts.reload} />}
          {open && <AccountActions key={open.login} account={open} onChanged={accounts.reload} />}
          <section className="card">
            <h2>{t('账号列表', 'Accounts')}</h2>
            <ApiView state={accounts} isEmpty={(rows) => rows.length === 0}>
              {(rows) => <AccountList accounts={rows} onOpen={(account) => setOpenLogin(account.login)} />}
            </ApiView>
          </section>
        </>
      )}
      <ApiView state={roles} isEmpty={(rows) => rows.length === 0}>
        {(rows) => <RoleList roles={rows} />}
      </ApiView>
    </div>
  );
}
