/**
 * Disabling an account (with a reason; all its sessions end) and resetting its password (a temporary password,
 * shown once). Each asks for an explicit confirmation.
 */
import { useState } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { Account } from './admin-types.ts';
import { OneTimeSecret, OneTimeWarning } from './OneTimeSecret.tsx';

export function AccountActions({ account, onChanged }: { account: Account; onChanged: () => void }) {
  const { t } = useLanguage();
  const [mode, setMode] = useState<'none' | 'disable' | 'reset'>('none');
  const [reason, setReason] = useState('');
  const disable = useApiCommand<{ sessionsEnded: number }>();
  const reset = useApiCommand<{ temporaryPassword: string }>();
  const login = encodeURIComponent(account.login);

  const confirmDisable = async () => {
    const done = await disable.run(() =>
      apiSend<{ sessionsEnded: number }>('POST', `/api/admin/accounts/${login}/disable`, { reason }),
    );
    if (done) {
      setMode('none');
      onChanged();
    }
  };
  const confirmReset = async () => {
    const done = await reset.run(() =>
      apiSend<{ temporaryPassword: string }>('POST', `/api/admin/accounts/${login}/reset`, {}),
    );
    if (done) {
      setMode('none');
      onChanged();
    }
  };

  return (
    <section className="card account-actions" aria-label={t(`账号 ${account.login}`, `Account ${account.login}`)}>
      <h2>
        {account.displayName} <span className="muted">({account.login})</span>
      </h2>
      <div className="inline">
        {!account.disabled && (
          <button type="button" className="danger" onClick={() => setMode('disable')}>
            {t('停用…', 'Disable…')}
          </button>
        )}
        <button type="button" onClick={() => setMode('reset')}>
          {t('重置密码…', 'Reset password…')}
        </button>
      </div>
      {mode === 'disable' && (
        <div className="confirm-box" role="alertdialog" aria-label={t('确认停用', 'Confirm disabling')}>
          <label className="stacked">
            {t('停用原因', 'Reason')}
            <input required maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button
            type="button"
            className="danger"
            disabled={disable.busy || reason.trim() === ''}
            onClick={() => void confirmDisable()}
          >
            {t('确认停用并结束其会话', 'Disable and end its sessions')}
          </button>
          <button type="button" onClick={() => setMode('none')}>
            {t('取消', 'Cancel')}
          </button>
        </div>
      )}
      {mode === 'reset' && (
        <div className="confirm-box" role="alertdialog" aria-label={t('确认重置', 'Confirm the reset')}>
          <span>
            {t(
              '重置后旧密码失效，其会话全部结束，须用临时密码登录并修改。',
              'The old password stops working, its sessions end; the person signs in with a temporary one and changes it.',
            )}
          </span>
          <button type="button" className="danger" disabled={reset.busy} onClick={() => void confirmReset()}>
            {t('确认重置', 'Reset')}
          </button>
          <button type="button" onClick={() => setMode('none')}>
            {t('取消', 'Cancel')}
          </button>
        </div>
      )}
      {disable.result && (
        <p role="status" className="ok-text">
          {t(
            `已停用，结束会话 ${disable.result.sessionsEnded} 个`,
            `Disabled; ${disable.result.sessionsEnded} sessions ended`,
          )}
        </p>
      )}
      {reset.result && (
        <div className="created">
          <OneTimeWarning />
          <OneTimeSecret label={t('临时密码', 'Temporary password')} value={reset.result.temporaryPassword} />
        </div>
      )}
      {(disable.error ?? reset.error) && (
        <p role="alert" className="error-text">
          {disable.error ?? reset.error}
        </p>
      )}
    </section>
  );
}
