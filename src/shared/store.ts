/**
 * What replicas share (issue 16), behind one small interface: an in-process store by default, Redis
 * when REDIS_URL is set (redis-store.ts). The Redis store never takes the service down: when Redis is
 * unreachable it answers from its own in-process store ("degraded, not down"), logs that once,
 * reconnects by itself, and says so in `sharedStoreState()` (for /ready and the metrics).
 */

export interface RateLimit {
  /** Tokens added per second (the sustained rate of upstream calls). */
  ratePerSecond: number;
  /** The bucket's size: how many calls may go at once after a quiet spell. */
  burst: number;
}

export interface Reservation {
  /** Whether a token was taken (to be used after `waitMs`). */
  granted: boolean;
  /** How long the caller must wait for its token (or would have had to, when not granted). */
  waitMs: number;
}

export interface SharedStore {
  readonly backend: 'memory' | 'redis';
  get(key: string): Promise<string | null>;
  /** Stores `value`; it expires after `ttlMs` when given. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  del(key: string): Promise<void>;
  /**
   * Takes one token from the bucket `bucket` if it comes within `maxWaitMs` (a pause set by `block`
   * counts too); nothing is taken otherwise.
   */
  reserve(bucket: string, limit: RateLimit, maxWaitMs: number): Promise<Reservation>;
  /** Every caller of `bucket` waits `ms` (a 429's Retry-After), and the bucket is emptied. */
  block(bucket: string, ms: number): Promise<void>;
  state(): SharedStoreState;
  close(): Promise<void>;
}

export interface SharedStoreState {
  backend: 'memory' | 'redis';
  /** True while a Redis store serves from its local fallback (Redis unreachable). */
  degraded: boolean;
  /** When the current outage began (ISO time), null when not degraded. */
  degradedSince: string | null;
  /** How many outages this process has seen. */
  outages: number;
  /** Operations answered from local state because Redis was unreachable. */
  fallbackOperations: number;
  /** The last Redis error, without credentials. */
  lastError: string | null;
}

interface Bucket {
  tokens: number;
  at: number;
  until: number;
}

/** The token bucket arithmetic, shared by the in-process store and (as Lua) the Redis store. */
function reserveToken(bucket: Bucket | undefined, limit: RateLimit, maxWaitMs: number, now: number): { bucket: Bucket; reservation: Reservation } {
  const rate = Math.max(limit.ratePerSecond, 1e-9);
  const burst = Math.max(1, limit.burst);
  const last = bucket ?? { tokens: burst, at: now, until: 0 };
  // No tokens accumulate during a pause (a 429's Retry-After): the bucket refills from its end.
  const tokens = Math.min(burst, last.tokens + (Math.max(0, now - Math.max(last.at, last.until)) * rate) / 1000);
  let waitMs = tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * 1000) / rate);
  if (last.until - now > waitMs) waitMs = last.until - now;
  if (waitMs > maxWaitMs) return { bucket: { tokens, at: now, until: last.until }, reservation: { granted: false, waitMs } };
  return { bucket: { tokens: tokens - 1, at: now, until: last.until }, reservation: { granted: true, waitMs } };
}

export class MemoryStore implements SharedStore {
  readonly backend = 'memory' as const;
  private readonly values = new Map<string, { value: string; expiresAt: number }>();
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly now: () => number = Date.now,
    /** At most this many values are kept (the oldest written goes first), so the process cannot be filled up. */
    private readonly maxValues = 10_000,
  ) {}

  async get(key: string): Promise<string | null> {
    const entry = this.values.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.values.delete(key);
      return null;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.values.delete(key);
    if (this.values.size >= this.maxValues) this.values.delete(this.values.keys().next().value!);
    this.values.set(key, { value, expiresAt: ttlMs == null ? Infinity : this.now() + ttlMs });
  }

  async del(key: string): Promise<void> {
    this.values.delete(key);
  }

  async reserve(bucket: string, limit: RateLimit, maxWaitMs: number): Promise<Reservation> {
    return this.reserveNow(bucket, limit, maxWaitMs);
  }

  /** Synchronous form, used by the Redis store's fallback. */
  reserveNow(bucket: string, limit: RateLimit, maxWaitMs: number): Reservation {
    const result = reserveToken(this.buckets.get(bucket), limit, maxWaitMs, this.now());
    this.buckets.set(bucket, result.bucket);
    return result.reservation;
  }

  async block(bucket: string, ms: number): Promise<void> {
    const now = this.now();
    const last = this.buckets.get(bucket);
    this.buckets.set(bucket, { tokens: Math.min(0, last?.tokens ?? 0), at: now, until: Math.max(last?.until ?? 0, now + ms) });
  }

  state(): SharedStoreState {
    return { backend: 'memory', degraded: false, degradedSince: null, outages: 0, fallbackOperations: 0, lastError: null };
  }

  async close(): Promise<void> {
    this.values.clear();
    this.buckets.clear();
  }
}

let current: SharedStore | null = null;

/** Records the process's shared store (done by createSharedStore); `sharedStoreState()` reads it. */
export function setCurrentSharedStore(store: SharedStore | null): void {
  current = store;
}

/**
 * The shared store's state, for the readiness detail and the metrics: which backend, whether it is
 * degraded (Redis unreachable, serving from local state) and since when. Null before any store exists.
 */
export function sharedStoreState(): SharedStoreState | null {
  return current ? current.state() : null;
}
