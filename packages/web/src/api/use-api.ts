/**
 * Reading from the API in a component: loading, error and data states, a reload, and cancellation when the path
 * changes or the component goes away. A null path reads nothing (waiting for a choice). Components that ask for
 * the same path at the same time (the period picker and its page, say) share one request. A read started before
 * the session is known (prefetchApi, at start) serves the first reader of its path if it succeeded and is recent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiGet } from './client.ts';
import type { ApiError } from './api-error.ts';
import { prefetchStore } from './prefetch-store.ts';

export type ApiState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: ApiError };

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Starts reading `path` now, before any component asks (e.g. beside the session check at start). A refusal or
 * failure is dropped silently (the reader then asks again and shows it); an answer is used once, within 10 s.
 */
export function prefetchApi(path: string): void {
  prefetchStore.start(path);
}

/** The data of `path`'s prefetch once it has come, if it succeeded (null otherwise); it still serves its reader. */
export function prefetchedAnswer<T>(path: string): Promise<T | null> {
  return prefetchStore.whenSettled(path).then((answer) => (answer ? (answer.data as T) : null));
}

/** `path` read: from its prefetch if one succeeded recently, else from the server. */
export function firstRead<T>(path: string): Promise<T> {
  const early = prefetchStore.take(path);
  const read = early
    ? early.then((answer) => (answer.ok ? answer.data : apiGet<unknown>(path)))
    : apiGet<unknown>(path);
  return read as Promise<T>;
}

/** One GET per path at a time: a second reader of a path already being read waits for the same answer. */
function sharedGet<T>(path: string): Promise<T> {
  let pending = inFlight.get(path);
  if (pending === undefined) {
    pending = firstRead<unknown>(path).finally(() => inFlight.delete(path));
    inFlight.set(path, pending);
  }
  return pending as Promise<T>;
}

export function useApi<T>(path: string | null): ApiState<T> & { reload: () => void } {
  // An answer prefetched at start that has already come is the first state: no render waits for its promise.
  const [state, setState] = useState<ApiState<T>>(() => {
    const early = path === null ? null : prefetchStore.settled(path);
    return early
      ? { status: 'ready', data: early.data as T, error: null }
      : { status: path ? 'loading' : 'idle', data: null, error: null };
  });
  const answeredAtMount = useRef(state.status === 'ready' ? path : null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    if (path === null) {
      setState({ status: 'idle', data: null, error: null });
      return;
    }
    if (generation === 0 && answeredAtMount.current === path) {
      answeredAtMount.current = null;
      prefetchStore.take(path);
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data, error: null }) as ApiState<T>);
    sharedGet<T>(path).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: null });
      },
      (error: ApiError) => {
        if (!controller.signal.aborted) setState({ status: 'error', data: null, error });
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  return { ...state, reload };
}
