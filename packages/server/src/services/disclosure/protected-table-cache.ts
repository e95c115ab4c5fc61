/**
 * Protected tables kept between requests. Protecting a system's table (secondary suppression over every unit ×
 * cluster cell) is the dearest step of a statistics page, and the cockpit asks for the same tables again and
 * again. A table is kept under its inputs — system, measure, period, audience, rules — and the freshness stamp
 * of its data (statisticsStamp): an import, revision, rollback, registry load or enterprise-year change deletes
 * the stamp, so a kept table is never served after its data changed. The stamp is read before the table is
 * computed, so a change during the computation leaves the kept table under a stamp that no longer exists.
 * Bounded: the least recently used tables are dropped beyond `LIMIT`.
 */
const LIMIT = 96;

export class ProtectedTableCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  /** The value kept under `key`, or `compute()` kept under it (a failed computation is not kept). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const pending = compute();
    this.entries.set(key, pending);
    while (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value!);
    try {
      return await pending;
    } catch (error) {
      if (this.entries.get(key) === pending) this.entries.delete(key);
      throw error;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One cache per database handle, so two databases in one process (tests) never share tables. */
const caches = new WeakMap<object, ProtectedTableCache<unknown>>();

export function cacheOf<T>(database: object): ProtectedTableCache<T> {
  let cache = caches.get(database);
  if (cache === undefined) {
    cache = new ProtectedTableCache<unknown>();
    caches.set(database, cache);
  }
  return cache as ProtectedTableCache<T>;
}
