/**
 * A fixed-window request limit per client address, in memory (one server process): for the login endpoint (on
 * top of the per-account lockout, against guessing across many accounts) and for the API as a whole. Answers
 * 429 with Retry-After when exceeded.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function rateLimit(options: { limit: number; windowMs: number; now?: () => number }): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const at = now();
    const key = clientAddress(c);
    let window = windows.get(key);
    if (window === undefined || at - window.start >= options.windowMs) {
      window = { start: at, count: 0 };
      windows.set(key, window);
      if (windows.size > 10_000)
        for (const [other, value] of windows) if (at - value.start >= options.windowMs) windows.delete(other);
    }
    window.count += 1;
    if (window.count > options.limit) {
      const retryAfter = Math.ceil((window.start + options.windowMs - at) / 1000);
      c.header('retry-after', String(retryAfter));
      return c.json(
        {
          error: {
            code: 'rate_limited',
            message: `请求过于频繁，请 ${retryAfter} 秒后再试 (too many requests, retry in ${retryAfter} s)`,
            details: [],
          },
        },
        429,
      );
    }
    await next();
  };
}
