/** The accounts (GET /api/admin/accounts): role, scope, second factor, state and last sign-in; a row opens one. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import type { Account } from './admin-types.ts';
import { longTime } from './admin-labels.ts';

export function AccountList({ accounts, onOpen }: { accounts: Account[]; onOpen: (account: Account) => void }) {
  const { t, name } = useLanguage();
  const state = (account: Account) =>
    account.disabled
      ? t('已停用', 'Disabled')
      : account.locked
        ? t('已锁定', 'Locked')
        : account.mustChangePassword
          ? t('待改密', 'Must change password')
          : t('正常', 'Active');
  const columns: Column<Account>[] = [
    { key: 'login', header: t('登录名', 'Login'), value: (a) => a.login },
    { key: 'displayName', header: t('姓名', 'Name'), value: (a) => a.displayName },
    { key: 'role', header: t('角色', 'Role'), value: (a) => name(a.roleName) },
    { key: 'scope', header: t('数据范围', 'Scope'), value: (a) => a.scope ?? t('全市 / 无', 'city / none') },
    {
      key: 'secondFactor',
      header: t('动态口令', 'Second factor'),
      value: (a) => (a.secondFactor ? t('是', 'Yes') : t('否', 'No')),
      align: 'center',
    },
    {
      key: 'state',
      header: t('状态', 'State'),
      value: state,
      render: (a) => <span className={a.disabled || a.locked ? 'error-text' : undefined}>{state(a)}</span>,
    },
    { key: 'lastLoginAt', header: t('最近登录', 'Last sign-in'), value: (a) => longTime(a.lastLoginAt) },
  ];
  return (
    <DataTable
      rows={accounts}
      columns={columns}
      rowKey={(a) => a.login}
      caption={t('账号', 'Accounts')}
      exportName="accounts"
      onRowOpen={onOpen}
    />
  );
}
