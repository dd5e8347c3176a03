/**
 * A per-second request limit: `perSecond` calls per window (null = unlimited), then 429 with the
 * seconds until the window ends (the Retry-After a provider may send). 'aligned' windows are calendar
 * seconds; 'rolling' windows start at the first call after the previous one ended.
 */
export class RateLimiter {
  perSecond: number | null = null;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly mode: 'aligned' | 'rolling') {}

  /** Counts a call under `key`; null when it is allowed, else the Retry-After in seconds. */
  take(key = '*'): { retryAfterSeconds: number } | null {
    if (this.perSecond == null) return null;
    const now = Date.now();
    const start = this.mode === 'aligned' ? Math.floor(now / 1000) * 1000 : now;
    const window = this.windows.get(key);
    if (!window || (this.mode === 'aligned' ? window.start !== start : now - window.start >= 1000)) {
      this.windows.set(key, { start, count: 1 });
      // A rolling window always lets its first call through (it is what opens the window).
      return this.mode === 'rolling' || 1 <= this.perSecond ? null : { retryAfterSeconds: 1 };
    }
    window.count += 1;
    if (window.count <= this.perSecond) return null;
    return { retryAfterSeconds: Math.max(1, Math.ceil((window.start + 1000 - now) / 1000)) };
  }
}
