/** The page for the current path: the first route that matches and that the person may open. */
import { useEffect } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session-context.tsx';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage.tsx';
import { ErrorState } from '../components/States.tsx';
import { matchPath, navigate, useLocation } from './router.tsx';
import { homePath, ROUTES } from './routes.ts';

export function CurrentPage() {
  const { path } = useLocation();
  const me = useMe();
  const { t } = useLanguage();
  const home = homePath(me);
  const redirectHome = path === '/' && home !== '/';
  useEffect(() => {
    if (redirectHome) navigate(home, { replace: true });
  }, [redirectHome, home]);
  if (path === '/account') return <ChangePasswordPage />;
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params === null) continue;
    if (!route.allowed(me)) {
      if (redirectHome) return null;
      return (
        <ErrorState
          title={t('无权访问', 'Not permitted')}
          message={t('您的角色不能打开此页面。', 'Your role may not open this page.')}
        />
      );
    }
    const Page = route.page;
    return <Page params={params} />;
  }
  return <ErrorState title={t('页面不存在', 'Page not found')} message={path} />;
}
