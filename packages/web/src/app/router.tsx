/**
 * A small history router: the current path and query, `navigate`, and a `Link` that keeps middle-click and
 * keyboard behaviour of a real link. Routes are matched by patterns with `:name` parameters.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

const snapshot = () => location.pathname + location.search;

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://local');
  return { path: url.pathname, query: url.searchParams };
}

/**
 * Changes one query parameter of the current page (replacing the history entry). `quiet` writes down in the address
 * what the page already shows (a default the page chose), without telling the page: nothing renders again for it,
 * and a component reads the new address when it next renders.
 */
export function setQuery(name: string, value: string | null, options: { quiet?: boolean } = {}): void {
  const url = new URL(location.href);
  if (value === null || value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (options.quiet) history.replaceState(null, '', url.pathname + url.search);
  else navigate(url.pathname + url.search, { replace: true });
}

/** `{ id: 'x' }` when `/clusters/:id` matches `/clusters/x`, else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const parameters: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index++) {
    const part = patternParts[index]!;
    const actual = pathParts[index]!;
    if (part.startsWith(':')) parameters[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return parameters;
}

export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
