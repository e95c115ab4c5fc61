/** The app: language and session around either the login page or the signed-in shell with the current page. */
import { Suspense } from 'react';
import { LanguageProvider } from '../i18n/language.tsx';
import { SessionProvider, useSession } from '../session/session-context.tsx';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage.tsx';
import { Loading } from '../components/States.tsx';
import { Shell } from './Shell.tsx';
import { CurrentPage } from './CurrentPage.tsx';

function Gate() {
  const { state } = useSession();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'signed_out') return <LoginPage />;
  if (state.me.mustChangePassword) return <ChangePasswordPage required />;
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <CurrentPage />
      </Suspense>
    </Shell>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </LanguageProvider>
  );
}
