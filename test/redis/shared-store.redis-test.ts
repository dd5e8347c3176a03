import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedStore, sharedStoreState } from '../../src/shared/index.js';
import { RedisStore } from '../../src/shared/redis-store.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { createTestApp } from '../helpers/app.js';

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('the Redis shared store', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.cleanup();
  });

  it('two replicas share one token bucket and one 429 pause', async () => {
    const a = new RedisStore({ url: redis.url, keyPrefix: 't1:' });
    const b = new RedisStore({ url: redis.url, keyPrefix: 't1:' });
    try {
      expect(await a.waitUntilReady(5_000)).toBe(true);
      expect(await b.waitUntilReady(5_000)).toBe(true);
      const limit = { ratePerSecond: 1, burst: 3 };
      const grants = [await a.reserve('p', limit, 0), await b.reserve('p', limit, 0), await a.reserve('p', limit, 0)];
      expect(grants.every((g) => g.granted && g.waitMs === 0)).toBe(true);
      // The burst is spent across both: the next token is about a second away for either replica.
      const next = await b.reserve('p', limit, 0);
      expect(next.granted).toBe(false);
      expect(next.waitMs).toBeGreaterThan(900);
      // A 429 seen by A pauses B.
      await a.block('q', 5_000);
      const paused = await b.reserve('q', { ratePerSecond: 100, burst: 100 }, 1_000);
      expect(paused.granted).toBe(false);
      expect(paused.waitMs).toBeGreaterThan(4_500);
      // Plain values too, with a TTL.
      await a.set('k', 'v', 60_000);
      expect(await b.get('k')).toBe('v');
      expect(a.state()).toMatchObject({ backend: 'redis', degraded: false, fallbackOperations: 0 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('degraded, not down: Redis stopping falls back to local state, logs once, and reconnects', async () => {
    const lines: string[] = [];
    const store = await createSharedStore({ redisUrl: redis.url, keyPrefix: 't2:', log: (line) => lines.push(line) });
    try {
      expect(sharedStoreState()).toMatchObject({ backend: 'redis', degraded: false });
      await redis.stop();
      await until(() => sharedStoreState()?.degraded === true);
      // Every operation is still answered, from the replica's local budget.
      const limit = { ratePerSecond: 1, burst: 2 };
      expect(await store.reserve('p', limit, 0)).toEqual({ granted: true, waitMs: 0 });
      expect(await store.reserve('p', limit, 0)).toEqual({ granted: true, waitMs: 0 });
      expect((await store.reserve('p', limit, 0)).granted).toBe(false);
      await store.set('k', 'local');
      expect(await store.get('k')).toBe('local');
      await new Promise((resolve) => setTimeout(resolve, 600));
      const state = sharedStoreState()!;
      expect(state).toMatchObject({ backend: 'redis', degraded: true, outages: 1 });
      expect(state.degradedSince).toMatch(/^\d{4}-/);
      expect(state.fallbackOperations).toBeGreaterThanOrEqual(5);
      // Logged once for the outage, however many reconnect attempts failed meanwhile.
      expect(lines.filter((l) => l.includes('unreachable'))).toHaveLength(1);
      expect(lines[0]).toContain(`127.0.0.1:${redis.port}`);
      await redis.start();
      await until(() => sharedStoreState()?.degraded === false);
      expect(lines.filter((l) => l.includes('is back'))).toHaveLength(1);
      expect(await store.get('k')).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('a replica that starts while Redis is down serves from local state', async () => {
    const lines: string[] = [];
    const store = await createSharedStore({ redisUrl: 'redis://127.0.0.1:1', log: (line) => lines.push(line), connectWaitMs: 300 });
    try {
      expect(store.state()).toMatchObject({ backend: 'redis', degraded: true });
      expect((await store.reserve('p', { ratePerSecond: 1, burst: 1 }, 0)).granted).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(lines.filter((l) => l.includes('unreachable'))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('through GraphQL: two apps on one Redis share the provider budget', async () => {
    const env = {
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 't3:',
      CURSOR_SECRET: 'a-shared-secret-of-at-least-32-characters',
      AUTHRESS_RATE_LIMIT: '0.2',
      AUTHRESS_RATE_BURST: '2',
      REQUEST_DEADLINE_MS: '1000',
    };
    const a = await createTestApp(env);
    const b = await createTestApp(env);
    try {
      const query = '{ users(first: 2, provider: AUTHRESS) { edges { node { id } } } }';
      const first = await a.gql(query);
      expect(first.errors ?? []).toEqual([]);
      const second = await b.gql(query);
      expect(second.errors ?? []).toEqual([]);
      // The two calls spent the shared burst: the next one, on either app, is refused at once.
      const third = await a.gql(query);
      expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', provider: 'AUTHRESS' });
      expect(third.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
