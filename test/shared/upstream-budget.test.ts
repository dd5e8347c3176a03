import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../src/config.js';
import { ProviderError } from '../../src/domain/errors.js';
import { UpstreamCallContext } from '../../src/http/call-context.js';
import { HttpClient, type Upstream } from '../../src/http/http-client.js';
import { MemoryStore, sharedStoreState } from '../../src/shared/index.js';
import { DEFAULT_RATE_LIMITS, MAX_PAUSE_MS, upstreamBudgets } from '../../src/shared/upstream-budget.js';
import type { RateLimit } from '../../src/shared/store.js';
import { createTestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

describe('MemoryStore token bucket', () => {
  it('grants the burst at once, then one token per 1/rate, and refuses a wait past maxWait without taking', async () => {
    let now = 1_000;
    const store = new MemoryStore(() => now);
    const limit: RateLimit = { ratePerSecond: 10, burst: 2 };
    expect(await store.reserve('b', limit, 0)).toEqual({ granted: true, waitMs: 0 });
    expect(await store.reserve('b', limit, 0)).toEqual({ granted: true, waitMs: 0 });
    expect(await store.reserve('b', limit, 50)).toEqual({ granted: false, waitMs: 100 });
    expect(await store.reserve('b', limit, 1_000)).toEqual({ granted: true, waitMs: 100 });
    // The next token is queued behind the one just reserved.
    expect(await store.reserve('b', limit, 1_000)).toEqual({ granted: true, waitMs: 200 });
    now += 1_000;
    expect(await store.reserve('b', limit, 0)).toEqual({ granted: true, waitMs: 0 });
  });

  it('block pauses every caller of the bucket and empties it', async () => {
    let now = 0;
    const store = new MemoryStore(() => now);
    const limit: RateLimit = { ratePerSecond: 100, burst: 50 };
    await store.block('b', 3_000);
    expect(await store.reserve('b', limit, 1_000)).toEqual({ granted: false, waitMs: 3_000 });
    now += 3_000;
    // Emptied: the bucket refills from the end of the pause (one token per 10 ms), not from before it.
    const after = await store.reserve('b', limit, 1_000);
    expect(after).toEqual({ granted: true, waitMs: 10 });
    now += 20;
    let granted = 0;
    while ((await store.reserve('b', limit, 0)).granted) granted += 1;
    expect(granted).toBeLessThan(5);
  });

  it('keeps at most maxValues values, dropping the oldest written', async () => {
    const store = new MemoryStore(Date.now, 3);
    for (const key of ['a', 'b', 'c']) await store.set(key, key);
    await store.set('a', 'again');
    await store.set('d', 'd');
    expect(await store.get('b')).toBeNull();
    expect([await store.get('a'), await store.get('c'), await store.get('d')]).toEqual(['again', 'c', 'd']);
  });

  it('expires values after their TTL', async () => {
    let now = 0;
    const store = new MemoryStore(() => now);
    await store.set('k', 'v', 100);
    expect(await store.get('k')).toBe('v');
    now = 100;
    expect(await store.get('k')).toBeNull();
  });
});

describe('the shared upstream budget in the HTTP core', () => {
  let server: Server;
  let baseUrl: string;
  const seen: number[] = [];
  let answer429 = 0;
  let answer502 = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(Date.now());
      if (answer502 > 0) {
        answer502 -= 1;
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      if (answer429 > 0) {
        answer429 -= 1;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
        res.end('{"error":"slow down"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const schema = z.object({ ok: z.boolean() });
  const replica = (store: MemoryStore, limit: RateLimit, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) =>
    new HttpClient({ provider: 'authress', baseUrl, maxAttempts: 1, upstreamBudget: upstreamBudgets(store, { authress: limit }), ...extra });
  const get = (client: Upstream) => client.request({ operation: 'listUsers', method: 'GET', path: '/x', schema });
  /** `client` as one request with this deadline sees it (HttpClient.forCall). */
  const inRequest = (deadlineMs: number, client: HttpClient) => client.forCall(new UpstreamCallContext({ deadlineMs, callBudget: 100 }));

  it("one replica's 429 with Retry-After makes another fail at once as RATE_LIMITED, with the wait, without sending", async () => {
    const store = new MemoryStore();
    const a = replica(store, { ratePerSecond: 100, burst: 100 });
    const b = replica(store, { ratePerSecond: 100, burst: 100 });
    answer429 = 1;
    await expect(get(a)).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    const before = seen.length;
    const started = Date.now();
    const error = await get(inRequest(1_000, b)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe('RATE_LIMITED');
    expect((error as ProviderError).extensions().retryAfterSeconds).toBeGreaterThan(1.5);
    expect((error as ProviderError).message).toMatch(/shared budget for authress/);
    expect(Date.now() - started).toBeLessThan(300);
    expect(seen.length).toBe(before);
    await Promise.all([a.close(), b.close()]);
  });

  it('waits for a token that comes before the deadline; refuses at once one that comes after it', async () => {
    const store = new MemoryStore();
    const client = replica(store, { ratePerSecond: 4, burst: 1 });
    await get(client);
    // The next token comes in 250 ms: within a 1 s deadline the call waits for it.
    const started = Date.now();
    await expect(get(inRequest(1_000, client))).resolves.toMatchObject({ status: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    // With 100 ms left it fails at once, saying how long the wait would have been.
    const t = Date.now();
    const error = (await get(inRequest(100, client)).catch((e: unknown) => e)) as ProviderError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBeGreaterThan(0.1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(0.25);
    expect(Date.now() - t).toBeLessThan(90);
    await client.close();
  });

  it('a 429 pause is capped at 10 minutes; a write retried after an unknown outcome stays outcomeUnknown when refused', async () => {
    let blocked = 0;
    const store = new MemoryStore();
    const original = store.block.bind(store);
    store.block = async (bucket, ms) => {
      blocked = ms;
      return original(bucket, ms);
    };
    const budget = upstreamBudgets(store, { authress: { ratePerSecond: 1, burst: 1 } })('authress')!;
    await budget.penalize(86_400_000);
    expect(blocked).toBe(MAX_PAUSE_MS);

    // A PUT answered 502 (may have happened), whose retry finds no token before the deadline.
    const tight = new MemoryStore();
    const client = replica(tight, { ratePerSecond: 1, burst: 1 }, { maxAttempts: 3, retryBaseMs: 1 });
    answer502 = 1;
    const error = (await inRequest(500, client)
      .request({ operation: 'putUser', method: 'PUT', path: '/x', json: {}, schema })
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.outcomeUnknown).toBe(true);
    expect(error.retryable).toBe(false);
    await client.close();
  });

  it('two replicas on one store stay within rate + burst together', async () => {
    const store = new MemoryStore();
    const limit = { ratePerSecond: 20, burst: 5 };
    const a = replica(store, limit);
    const b = replica(store, limit);
    const before = seen.length;
    const started = Date.now();
    await Promise.all(Array.from({ length: 16 }, (_, i) => get(i % 2 ? a : b)));
    const times = seen.slice(before);
    expect(times).toHaveLength(16);
    // 5 at once, then 11 more at 20/s: at least 550 ms in all.
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    // In no 500 ms window more than rate * 0.5 + burst calls arrived.
    for (const t0 of times) expect(times.filter((t) => t >= t0 && t < t0 + 500).length).toBeLessThanOrEqual(10 + 5);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('configuration', () => {
  it('defaults the budget from the documented limits for live providers only; 0 turns it off', () => {
    expect(loadConfig({}).shared.rateLimits.authress).toBeNull();
    expect(loadConfig({ AUTHRESS_RATE_LIMIT: '5', AUTHRESS_RATE_BURST: '7' }).shared.rateLimits.authress).toEqual({ ratePerSecond: 5, burst: 7 });
    expect(loadConfig({ AUTHRESS_RATE_LIMIT: '0' }).shared.rateLimits.authress).toBeNull();
    expect(() => loadConfig({ AUTHRESS_RATE_BURST: '7' })).toThrow(/AUTHRESS_RATE_BURST: set AUTHRESS_RATE_LIMIT too/);
    const apaleoLive = loadConfig({ APALEO_CLIENT_ID: 'id', APALEO_CLIENT_SECRET: 's', AUTHRESS_MODE: 'off', LOGTO_MODE: 'off', LUMAPPS_MODE: 'off' });
    expect(apaleoLive.shared.rateLimits.apaleo).toEqual(DEFAULT_RATE_LIMITS.apaleo);
  });

  it('requires a shared CURSOR_SECRET of 32+ characters with REDIS_URL', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/CURSOR_SECRET: required with REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', CURSOR_SECRET: 'short' })).toThrow(/CURSOR_SECRET: at least 32 characters/);
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379', CURSOR_SECRET: 'x'.repeat(32) })).toThrow(/REDIS_URL/);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', CURSOR_SECRET: 'x'.repeat(32) }).shared.redisUrl).toBe('redis://127.0.0.1:6379');
  });
});

describe('through GraphQL', () => {
  it('a provider past its budget answers RATE_LIMITED with retryAfterSeconds; the in-process store is not degraded', async () => {
    const app = await createTestApp({ AUTHRESS_RATE_LIMIT: '0.2', AUTHRESS_RATE_BURST: '2', REQUEST_DEADLINE_MS: '1000' });
    try {
      expect(sharedStoreState()).toMatchObject({ backend: 'memory', degraded: false });
      let limited: Record<string, any> | undefined;
      for (let i = 0; i < 4 && !limited; i += 1) {
        const started = Date.now();
        const result = await app.gql(graphql(`query UpstreamBudgetUsers { users(first: 2, provider: AUTHRESS) { edges { node { id } } } }`));
        limited = result.errors?.find((e: Record<string, any>) => e.extensions?.code === 'RATE_LIMITED');
        expect(Date.now() - started).toBeLessThan(900);
      }
      expect(limited).toBeDefined();
      expect(limited!.extensions).toMatchObject({ provider: 'AUTHRESS', retryable: true });
      expect(limited!.extensions.retryAfterSeconds).toBeGreaterThan(1);
    } finally {
      await app.close();
    }
  });
});
