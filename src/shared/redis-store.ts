/**
 * The Redis-backed shared store (REDIS_URL), with ioredis. Every operation first asks whether Redis is
 * connected: if not, or if the command fails, it is answered from an in-process MemoryStore instead
 * (the replica's local budget and caches), the outage is logged once, and ioredis keeps reconnecting
 * in the background. The token bucket runs as one Lua script on Redis's own clock, so every replica
 * sees the same bucket whatever its own clock says.
 */
import { Redis } from 'ioredis';
import { MemoryStore, type RateLimit, type Reservation, type SharedStore, type SharedStoreState } from './store.js';

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

const RESERVE = `${NOW}
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
if rate < 1e-9 then rate = 1e-9 end
if burst < 1 then burst = 1 end
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'until')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
local untilT = tonumber(b[3]) or 0
local from = at
if untilT > from then from = untilT end
local elapsed = now - from
if elapsed < 0 then elapsed = 0 end
tokens = math.min(burst, tokens + elapsed * rate / 1000)
local wait = 0
if tokens < 1 then wait = math.ceil((1 - tokens) * 1000 / rate) end
if untilT - now > wait then wait = untilT - now end
local granted = 0
if wait <= maxWait then
  tokens = tokens - 1
  granted = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now), 'until', tostring(untilT))
redis.call('PEXPIRE', KEYS[1], math.max(60000, math.ceil(burst * 1000 / rate) + untilT - now))
return {granted, wait}`;

const BLOCK = `${NOW}
local ms = tonumber(ARGV[1])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'until')
local tokens = tonumber(b[1]) or 0
if tokens > 0 then tokens = 0 end
local untilT = tonumber(b[2]) or 0
if now + ms > untilT then untilT = now + ms end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now), 'until', tostring(untilT))
redis.call('PEXPIRE', KEYS[1], untilT - now + 60000)
return 1`;

export interface RedisStoreOptions {
  url: string;
  /** Prefix of every key (default `idgraph:`), so several deployments can share one Redis. */
  keyPrefix?: string;
  /** Where the outage and recovery lines go (default console.warn). */
  log?: (message: string) => void;
  /** How long one Redis command may take before the local state answers instead (default 500 ms). */
  commandTimeoutMs?: number;
}

type ScriptClient = Redis & {
  idgraphReserve(key: string, rate: number, burst: number, maxWait: number): Promise<[number, number]>;
  idgraphBlock(key: string, ms: number): Promise<number>;
};

/** A Redis URL with its password (if any) replaced, for logs. */
function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

export class RedisStore implements SharedStore {
  readonly backend = 'redis' as const;
  readonly local = new MemoryStore();
  private readonly client: ScriptClient;
  private readonly log: (message: string) => void;
  private readonly where: string;
  private degradedSince: number | null = Date.now();
  private outages = 0;
  private fallbackOperations = 0;
  private lastError: string | null = null;
  /** Whether the current outage has been logged (once per outage). */
  private logged = false;
  private everConnected = false;
  private closed = false;

  constructor(options: RedisStoreOptions) {
    this.log = options.log ?? ((message) => console.warn(`[idgraph] ${message}`));
    this.where = redactRedisUrl(options.url);
    this.client = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? 'idgraph:',
      // Commands fail at once while disconnected (no queue): the local state answers them instead.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      commandTimeout: options.commandTimeoutMs ?? 500,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), 2_000),
      lazyConnect: false,
    }) as ScriptClient;
    this.client.defineCommand('idgraphReserve', { numberOfKeys: 1, lua: RESERVE });
    this.client.defineCommand('idgraphBlock', { numberOfKeys: 1, lua: BLOCK });
    this.client.on('ready', () => this.up());
    this.client.on('error', (error: Error) => this.down(error));
    this.client.on('close', () => this.down(null));
  }

  /** Resolves true once connected, false after `timeoutMs` (the store serves locally meanwhile). */
  async waitUntilReady(timeoutMs: number): Promise<boolean> {
    if (this.client.status === 'ready') return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => {
        if (!this.logged) this.announce();
        done(false);
      }, timeoutMs);
      this.client.once('ready', onReady);
    });
  }

  private up(): void {
    // Said only when the outage was announced (a first connection at startup is not news).
    if (this.logged) this.log(`shared store: Redis at ${this.where} is back; replicas share their state again`);
    this.everConnected = true;
    this.degradedSince = null;
    this.logged = false;
  }

  private down(error: Error | null): void {
    if (this.closed) return;
    if (error) this.lastError = error.message.slice(0, 200);
    if (this.degradedSince === null) {
      this.degradedSince = Date.now();
      this.outages += 1;
    }
    if (this.everConnected && !this.logged) this.announce();
  }

  private announce(): void {
    this.logged = true;
    this.log(
      `shared store: Redis at ${this.where} is unreachable (${this.lastError ?? 'connection closed'}); this replica serves with its local budget and caches and keeps reconnecting`,
    );
  }

  /** Runs `remote` on Redis when connected; otherwise (or when it fails) `local`. */
  private async either<T>(remote: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (this.client.status === 'ready') {
      try {
        return await remote();
      } catch (error) {
        // A command error while connected (timeout, script error): this one call is answered locally.
        this.lastError = error instanceof Error ? error.message.slice(0, 200) : String(error);
        if (this.client.status !== 'ready') this.down(null);
      }
    }
    this.fallbackOperations += 1;
    return local();
  }

  get(key: string): Promise<string | null> {
    return this.either(
      () => this.client.get(key),
      () => this.local.get(key),
    );
  }

  set(key: string, value: string, ttlMs?: number): Promise<void> {
    return this.either(
      async () => {
        if (ttlMs == null) await this.client.set(key, value);
        else await this.client.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)));
      },
      () => this.local.set(key, value, ttlMs),
    );
  }

  del(key: string): Promise<void> {
    return this.either(
      async () => {
        await this.client.del(key);
      },
      () => this.local.del(key),
    );
  }

  reserve(bucket: string, limit: RateLimit, maxWaitMs: number): Promise<Reservation> {
    return this.either(
      async () => {
        const [granted, waitMs] = await this.client.idgraphReserve(`bucket:${bucket}`, limit.ratePerSecond, limit.burst, Math.max(0, Math.floor(maxWaitMs)));
        return { granted: Number(granted) === 1, waitMs: Number(waitMs) };
      },
      () => this.local.reserve(bucket, limit, maxWaitMs),
    );
  }

  block(bucket: string, ms: number): Promise<void> {
    // The local bucket is paused too, so a replica that loses Redis right after still honours it.
    void this.local.block(bucket, ms);
    return this.either(
      async () => {
        await this.client.idgraphBlock(`bucket:${bucket}`, Math.max(0, Math.ceil(ms)));
      },
      async () => {},
    );
  }

  state(): SharedStoreState {
    return {
      backend: 'redis',
      degraded: this.client.status !== 'ready',
      degradedSince: this.client.status !== 'ready' && this.degradedSince !== null ? new Date(this.degradedSince).toISOString() : null,
      outages: this.outages,
      fallbackOperations: this.fallbackOperations,
      lastError: this.lastError,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.client.disconnect();
    await this.local.close();
  }
}
