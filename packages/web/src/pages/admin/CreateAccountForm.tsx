/**
 * Creating an account (POST /api/admin/accounts): login, name, role, and the scope the role needs (a reporting
 * unit, a cluster as system/cluster, or an enterprise's USCC). The generated initial password (and TOTP secret
 * for roles with a second factor) is shown once.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import type { CreatedAccount, RoleInfo } from './admin-types.ts';
import { OneTimeSecret, OneTimeWarning } from './OneTimeSecret.tsx';

export function CreateAccountForm({ roles, onCreated }: { roles: RoleInfo[]; onCreated: () => void }) {
  const { t, name } = useLanguage();
  const units = useApi<{ id: string; name: Bilingual }[]>('/api/reporting-units');
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState('');
  const [scope, setScope] = useState('');
  const command = useApiCommand<CreatedAccount>();
  const scopeKind = roles.find((candidate) => candidate.role === role)?.scopeKind ?? 'none';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scopeField =
      scopeKind === 'unit'
        ? { unit: scope }
        : scopeKind === 'cluster'
          ? { cluster: scope }
          : scopeKind === 'enterprise'
            ? { uscc: scope }
            : {};
    const created = await command.run(() =>
      apiSend<CreatedAccount>('POST', '/api/admin/accounts', { login, displayName, role, ...scopeField }),
    );
    if (created) {
      setLogin('');
      setDisplayName('');
      setScope('');
      onCreated();
    }
  };

  return (
    <section className="card create-account">
      <h2>{t('新建账号', 'New account')}</h2>
      <form className="inline" onSubmit={(event) => void submit(event)}>
        <label className="stacked">
          {t('登录名', 'Login')}
          <input required maxLength={64} value={login} onChange={(event) => setLogin(event.target.value)} />
        </label>
        <label className="stacked">
          {t('姓名', 'Name')}
          <input
            required
            maxLength={100}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
        </label>
        <label className="stacked">
          {t('角色', 'Role')}
          <select
            required
            value={role}
            onChange={(event) => {
              setRole(event.target.value);
              setScope('');
            }}
          >
            <option value="">{t('请选择', 'Choose')}</option>
            {roles.map((candidate) => (
              <option key={candidate.role} value={candidate.role}>
                {name(candidate.name)}
              </option>
            ))}
          </select>
        </label>
        {scopeKind === 'unit' && (
          <label className="stacked">
            {t('县（市、区）', 'Reporting unit')}
            <select required value={scope} onChange={(event) => setScope(event.target.value)}>
              <option value="">{t('请选择', 'Choose')}</option>
              {(units.data ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {name(unit.name)}
                </option>
              ))}
            </select>
          </label>
        )}
        {scopeKind === 'cluster' && (
          <label className="stacked">
            {t('集群（体系/集群）', 'Cluster (system/cluster)')}
            <input
              required
              placeholder="wuda/textile"
              pattern="[^/]+/[^/]+"
              value={scope}
              onChange={(event) => setScope(event.target.value)}
            />
          </label>
        )}
        {scopeKind === 'enterprise' && (
          <label className="stacked">
            {t('统一社会信用代码', 'USCC')}
            <input required maxLength={40} value={scope} onChange={(event) => setScope(event.target.value.trim())} />
          </label>
        )}
        <button type="submit" className="primary" disabled={command.busy}>
          {t('创建账号', 'Create the account')}
        </button>
      </form>
      {command.error && (
        <p role="alert" className="error-text">
          {command.error}
        </p>
      )}
      {command.result && (
        <div className="created" role="status">
          <p className="ok-text">
            {t(`账号 ${command.result.login} 已创建`, `Account ${command.result.login} created`)}
          </p>
          <OneTimeWarning />
          <OneTimeSecret label={t('初始密码', 'Initial password')} value={command.result.initialPassword} />
          {command.result.totpSecret && (
            <OneTimeSecret label={t('动态口令密钥', 'TOTP secret')} value={command.result.totpSecret} />
          )}
          <button type="button" onClick={command.reset}>
            {t('我已妥善保存，关闭', 'I have kept it safely: close')}
          </button>
        </div>
      )}
    </section>
  );
}
