/** The entry point: starts fetching the current page's code and the pickers' lists, and mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prefetchApi } from './api/use-api.ts';
import { preloadPage } from './app/routes.ts';
import './styles.css';

preloadPage(window.location.pathname);
prefetchApi('/api/auth/me');
// What most pages' pickers read first (refused without a session or permission, then simply asked again).
prefetchApi('/api/registry/systems');
prefetchApi('/api/statistics/periods');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
