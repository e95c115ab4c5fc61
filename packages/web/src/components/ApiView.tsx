/**
 * Shows an API read: loading, error (with retry), empty, or the data through `children`. While a new path
 * loads, the data shown so far stays, marked busy (aria-busy, dimmed after a moment) so that nobody, person,
 * screen reader or test, takes it for the answer to the new question.
 */
import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.ts';
import { Empty, ErrorState, Loading } from './States.tsx';

export function ApiView<T>({
  state,
  isEmpty,
  emptyMessage,
  children,
}: {
  state: ApiState<T> & { reload: () => void };
  isEmpty?: (data: T) => boolean;
  emptyMessage?: string;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'error') return <ErrorState message={state.error.message} onRetry={state.reload} />;
  if (state.data === null) return state.status === 'idle' ? null : <Loading />;
  const refreshing = state.status === 'loading';
  return (
    <div className="api-view" aria-busy={refreshing ? 'true' : undefined}>
      {isEmpty?.(state.data) ? <Empty {...(emptyMessage ? { message: emptyMessage } : {})} /> : children(state.data)}
    </div>
  );
}
