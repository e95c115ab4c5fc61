/** Whether the signed-in person reads city-wide (the server serves ledger, events, robustness… to them only). */
import { useMe } from '../../session/session-context.tsx';

export function useCityScope(): boolean {
  return useMe().scope.kind === 'city';
}
