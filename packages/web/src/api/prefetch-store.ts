/**
 * Reads started before any component asks (beside the session check at start): each answer serves the first
 * reader of its path, once, if it succeeded within 10 s. An answer that has already come can be read at once
 * (`settled`), so a component can start with its data instead of waiting a render for a promise.
 */
export type EarlyAnswer = { ok: true; data: unknown } | { ok: false };

export const PREFETCH_KEPT_MS = 10_000;

interface Entry {
  startedAt: number;
  answer: Promise<EarlyAnswer>;
  /** The answer once it has come. */
  settled: EarlyAnswer | null;
}

export interface PrefetchStore {
  /** Starts reading `path` now. A refusal or failure is kept as not-ok (the reader then asks the server itself). */
  start(path: string): void;
  /** The data of `path`'s prefetch if it has come, succeeded and is fresh; the entry stays for `take`. */
  settled(path: string): { data: unknown } | null;
  /** The data of `path`'s prefetch once it has come, if it succeeded (null otherwise); the entry stays. */
  whenSettled(path: string): Promise<{ data: unknown } | null>;
  /** Uses up `path`'s prefetch: its answer if fresh, else null (also null when there was none). */
  take(path: string): Promise<EarlyAnswer> | null;
}

export function createPrefetchStore(
  read: (path: string) => Promise<EarlyAnswer>,
  now: () => number = Date.now,
): PrefetchStore {
  const entries = new Map<string, Entry>();
  const fresh = (entry: Entry) => now() - entry.startedAt < PREFETCH_KEPT_MS;
  return {
    start(path) {
      const entry: Entry = {
        startedAt: now(),
        answer: read(path).catch((): EarlyAnswer => ({ ok: false })),
        settled: null,
      };
      void entry.answer.then((answer) => {
        entry.settled = answer;
      });
      entries.set(path, entry);
    },
    settled(path) {
      const entry = entries.get(path);
      return entry && fresh(entry) && entry.settled?.ok === true ? { data: entry.settled.data } : null;
    },
    whenSettled(path) {
      const entry = entries.get(path);
      return entry ? entry.answer.then((answer) => (answer.ok ? { data: answer.data } : null)) : Promise.resolve(null);
    },
    take(path) {
      const entry = entries.get(path);
      entries.delete(path);
      return entry && fresh(entry) ? entry.answer : null;
    },
  };
}

/** The browser's store: reads with the session's cookie; a non-2xx answer is not-ok. */
export const prefetchStore = createPrefetchStore((path) =>
  fetch(path, { credentials: 'same-origin' }).then(async (response): Promise<EarlyAnswer> =>
    response.ok ? { ok: true, data: await response.json() } : { ok: false },
  ),
);
