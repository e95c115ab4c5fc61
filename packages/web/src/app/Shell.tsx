/** The frame of every signed-in page: the product name, the navigation the role may use, language and account. */
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { useMe, useSession } from '../session/session-context.tsx';
import { Link, matchPath, useLocation } from './router.tsx';
import { ROUTES } from './routes.ts';

export function Shell({ children }: { children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const { t, name, language, setLanguage } = useLanguage();
  const { path } = useLocation();
  const active = (routePath: string) =>
    routePath === '/'
      ? path === '/'
      : path === routePath || path.startsWith(`${routePath}/`) || matchPath(routePath, path) !== null;
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          {t('产业集群监测评价平台', 'Cluster Observatory')}
        </Link>
        <nav aria-label={t('主导航', 'Main navigation')} className="mainnav">
          {ROUTES.filter((route) => route.nav !== null && route.allowed(me)).map((route) => (
            <Link key={route.path} to={route.path} aria-current={active(route.path) ? 'page' : undefined}>
              {name(route.nav)}
            </Link>
          ))}
        </nav>
        <div className="account">
          <button
            type="button"
            className="link"
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
            aria-label={t('切换到英文', 'Switch to Chinese')}
          >
            {language === 'zh' ? 'EN' : '中文'}
          </button>
          <Link to="/account" title={name(me.roleName)}>
            {me.displayName} · {name(me.roleName)}
          </Link>
          <button type="button" className="link" onClick={() => void signOut()}>
            {t('退出', 'Sign out')}
          </button>
        </div>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
