/** Signing in: login and password, then the one-time code when the server says the role needs one. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';

/** The server answers 401 with `second_factor_required` on totpCode when the password was right. */
function asksForCode(failure: ApiError): boolean {
  return (
    Array.isArray(failure.details) &&
    failure.details.some((detail: { message?: string }) => detail?.message === 'second_factor_required')
  );
}

export function LoginPage() {
  const { signIn } = useSession();
  const { t, language, setLanguage } = useLanguage();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password, needsCode ? code.trim() : undefined);
    } catch (failure) {
      if (failure instanceof ApiError && asksForCode(failure)) setNeedsCode(true);
      else setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <form className="login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <h1 id="login-title">{t('产业集群监测评价平台', 'Cluster Observatory')}</h1>
        <p className="muted">{t('嘉兴市经济和信息化局', 'Jiaxing Bureau of Economy and Information Technology')}</p>
        <label>
          {t('账号', 'Login')}
          <input
            name="login"
            autoComplete="username"
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            required
          />
        </label>
        <label>
          {t('密码', 'Password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {needsCode && (
          <label>
            {t('动态口令（6 位）', 'One-time code (6 digits)')}
            <input
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoFocus
              required
            />
          </label>
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('登录中…', 'Signing in…') : t('登录', 'Sign in')}
        </button>
        <button type="button" className="link" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? 'English' : '中文'}
        </button>
      </form>
    </div>
  );
}
