/**
 * Running one API change from a page (acknowledge, upload, create…): whether it is running, the server's message
 * when it was refused (403, validation) and the answer when it succeeded. The page shows the message as is.
 */
import { useCallback, useState } from 'react';

export interface ApiCommand<T> {
  busy: boolean;
  error: string | null;
  result: T | null;
  /** Runs the call; resolves to the answer, or null when it failed (the message is in `error`). */
  run: (call: () => Promise<T>) => Promise<T | null>;
  reset: () => void;
}

export function useApiCommand<T>(): ApiCommand<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const run = useCallback(async (call: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await call();
      setResult(answer);
      return answer;
    } catch (failure) {
      setError((failure as Error).message);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => {
    setError(null);
    setResult(null);
  }, []);
  return { busy, error, result, run, reset };
}
