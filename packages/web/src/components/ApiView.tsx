/** Shows an API read: loading, error (with retry), empty, or the data through `children`. */
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
  if (isEmpty?.(state.data)) return <Empty {...(emptyMessage ? { message: emptyMessage } : {})} />;
  return <>{children(state.data)}</>;
}
