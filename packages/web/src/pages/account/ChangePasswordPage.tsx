/** The own account: change the password (required after a generated or reset one) and sign out everywhere. */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';

export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const me = useMe();
  const { refresh, signOut } = useSession();
  const { t, name } = useLanguage();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setMessage({ kind: 'error', text: t('两次输入的新密码不一致', 'The new passwords differ') });
      return;
    }
    try {
      await apiSend('POST', '/api/auth/password', { oldPassword, newPassword });
      setMessage({ kind: 'ok', text: t('密码已修改', 'Password changed') });
      setOldPassword('');
      setNewPassword('');
      setRepeat('');
      await refresh();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <div className={required ? 'login' : 'page narrow'}>
      <form className="login-card" onSubmit={(event) => void submit(event)}>
        <h1>{t('修改密码', 'Change password')}</h1>
        <p className="muted">
          {me.displayName} · {name(me.roleName)}
        </p>
        {required && (
          <p role="status">
            {t('首次登录或密码重置后须先修改密码。', 'Please set your own password before continuing.')}
          </p>
        )}
        <label>
          {t('当前密码', 'Current password')}
          <input
            type="password"
            autoComplete="current-password"
            value={oldPassword}
            onChange={(e) => setOldPassword(e.target.value)}
            required
          />
        </label>
        <label>
          {t('新密码', 'New password')}
          <input
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            required
          />
        </label>
        <label>
          {t('再次输入新密码', 'Repeat the new password')}
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
          />
        </label>
        {message && (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind === 'error' ? 'error-text' : 'ok-text'}
          >
            {message.text}
          </p>
        )}
        <button type="submit" className="primary">
          {t('保存新密码', 'Save the new password')}
        </button>
        <button
          type="button"
          className="link"
          onClick={() => void apiSend('POST', '/api/auth/logout', { everywhere: true }).finally(() => void signOut())}
        >
          {t('退出全部会话', 'Sign out everywhere')}
        </button>
      </form>
    </div>
  );
}
