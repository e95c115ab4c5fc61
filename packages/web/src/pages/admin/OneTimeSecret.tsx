/**
 * A secret the server answers only once (an initial or temporary password, a TOTP secret): shown with a copy
 * button and a warning that it cannot be shown again.
 */
import { useState } from 'react';
import { useLanguage } from '../../i18n/language.tsx';

export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  const { t } = useLanguage();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="one-time-secret">
      <span className="muted">{label}</span>
      <code aria-label={label}>{value}</code>
      <button type="button" onClick={() => void copy()}>
        {t('复制', 'Copy')}
      </button>
      {copied === true && <span className="ok-text">{t('已复制', 'Copied')}</span>}
      {copied === false && (
        <span className="error-text">{t('无法复制，请手工抄录', 'Cannot copy: write it down')}</span>
      )}
    </div>
  );
}

export function OneTimeWarning() {
  const { t } = useLanguage();
  return (
    <p role="alert" className="one-time-warning">
      {t(
        '此密码仅显示这一次，关闭后无法再次查看。请通过安全渠道交给本人；首次登录须修改密码。',
        'This password is shown once only and cannot be shown again. Hand it over securely; it must be changed at first sign-in.',
      )}
    </p>
  );
}
