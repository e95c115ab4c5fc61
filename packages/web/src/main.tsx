/**
 * The entry point: starts fetching the current page's code and first reads, the session and the pickers' lists,
 * and mounts the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prefetchApi } from './api/use-api.ts';
import { prefetchFirstReads, preloadPage } from './app/routes.ts';
import { SYSTEMS_PATH } from './components/system-default.ts';
import './styles.css';

// In the order they are needed (the embedded database answers one at a time): the session, the page's code, the
// pickers' lists most pages read first, then the page's own first figures. A read refused without a session or
// permission is simply asked again by its reader.
prefetchApi('/api/auth/me');
preloadPage(window.location.pathname);
prefetchApi(SYSTEMS_PATH);
prefetchApi('/api/statistics/periods');
prefetchFirstReads(window.location.pathname, new URLSearchParams(window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
