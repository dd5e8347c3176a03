import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProviderError } from '../../src/domain/errors.js';
import { HttpClient } from '../../src/http/http-client.js';
import { TokenCache } from '../../src/http/token-cache.js';
import { SimServer } from '../../src/sandbox/server.js';

const sim = new SimServer('test', (status, message) => ({ error: { code: `E${status}`, message } }));
let attempts = 0;
sim.route('GET', '/things/:id', 'things.get', (req) => ({ status: 200, json: { id: req.params.id, name: 'thing' } }));
sim.route('POST', '/things', 'things.create', () => ({ status: 201, json: { id: 'new', name: 'thing' } }));
sim.route('GET', '/secure', 'secure', (req) => {
  attempts += 1;
  return req.headers.authorization === 'Bearer good'
    ? { status: 200, json: { id: 'ok', name: 'secure' } }
    : { status: 401, json: { error: { code: 'E401', message: 'bad token' } } };
});

const Thing = z.object({ id: z.string(), name: z.string() });
let client: HttpClient;

beforeAll(async () => {
  await sim.start();
  client = new HttpClient({
    provider: 'apaleo',
    baseUrl: sim.baseUrl,
    timeoutMs: 200,
    maxAttempts: 3,
    retryBaseMs: 5,
    maxRetryDelayMs: 1_000,
    maxConcurrent: 4,
    describeError: (_s, body) => {
      const parsed = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).safeParse(body);
      return parsed.success ? parsed.data.error : {};
    },
  });
});
afterEach(() => {
  sim.resetKnobs();
  sim.resetCounts();
});
afterAll(async () => {
  await client.close();
  await sim.stop();
});

const get = () => client.request({ operation: 'getThing', method: 'GET', path: '/things/a', schema: Thing });
const create = () => client.request({ operation: 'createThing', method: 'POST', path: '/things', json: { name: 'x' }, schema: Thing });

describe('HttpClient', () => {
  it('parses a success body with its schema', async () => {
    await expect(get()).resolves.toMatchObject({ status: 200, data: { id: 'a', name: 'thing' } });
  });

  it.each([429, 502, 503, 504])('retries an idempotent call after %i', async (status) => {
    sim.inject({ route: 'things.get', kind: 'status', status, times: 2 });
    await expect(get()).resolves.toMatchObject({ status: 200 });
    expect(sim.count('things.get')).toBe(3);
  });

  it('gives up after the bounded attempts with a typed, retryable error', async () => {
    sim.inject({ route: 'things.get', kind: 'status', status: 503 });
    const error = await get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'apaleo', operation: 'getThing', status: 503, code: 'UPSTREAM_ERROR', retryable: true, providerCode: 'E503' });
    expect(sim.count('things.get')).toBe(3);
  });

  it('does not retry a POST on a 503, nor on 500 for anything', async () => {
    sim.inject({ route: 'things.create', kind: 'status', status: 503 });
    await expect(create()).rejects.toMatchObject({ status: 503 });
    expect(sim.count('things.create')).toBe(1);
    sim.inject({ route: 'things.get', kind: 'status', status: 500 });
    await expect(get()).rejects.toMatchObject({ status: 500, retryable: false });
    expect(sim.count('things.get')).toBe(1);
  });

  it('honours Retry-After, and fails at once as RATE_LIMITED when it is longer than allowed', async () => {
    sim.inject({ route: 'things.get', kind: 'status', status: 429, headers: { 'retry-after': '0.3' }, times: 1 });
    const start = performance.now();
    await get();
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);

    sim.inject({ route: 'things.get', kind: 'status', status: 429, headers: { 'retry-after': '60' } });
    sim.resetCounts();
    await expect(get()).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(sim.count('things.get')).toBe(1);
  });

  it('times out, and says a write’s outcome is unknown', async () => {
    sim.inject({ route: 'things.get', kind: 'delay', delayMs: 500, times: 1 });
    await expect(get()).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', outcomeUnknown: false });
    sim.inject({ route: 'things.create', kind: 'delay', delayMs: 500, times: 1 });
    await expect(create()).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', outcomeUnknown: true });
  });

  it('retries a read after a connection reset', async () => {
    sim.inject({ route: 'things.get', kind: 'reset', times: 1 });
    await expect(get()).resolves.toMatchObject({ status: 200 });
  });

  it('names provider and operation for malformed JSON and schema drift', async () => {
    sim.inject({ route: 'things.get', kind: 'malformed', times: 1 });
    await expect(get()).rejects.toThrow(/apaleo getThing answered HTTP 200 with a body that is not JSON/);
    sim.inject({ route: 'things.get', kind: 'mismatch', times: 1 });
    await expect(get()).rejects.toThrow(/apaleo getThing answered a body that does not match its documented schema/);
  });

  it('fetches a new token once on a 401 and never puts the token in an error', async () => {
    let issued = 0;
    const tokens = ['stale', 'good'];
    const auth = new TokenCache(async () => ({ token: tokens[issued++] ?? 'good', expiresInSeconds: 3600 }));
    attempts = 0;
    await expect(client.request({ operation: 'secure', method: 'GET', path: '/secure', schema: Thing, auth })).resolves.toMatchObject({ data: { id: 'ok' } });
    expect(attempts).toBe(2);
    expect(auth.fetches).toBe(2);

    const bad = new TokenCache(async () => ({ token: 'super-secret-token', expiresInSeconds: 3600 }));
    const error = await client.request({ operation: 'secure', method: 'GET', path: '/secure', schema: Thing, auth: bad }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(JSON.stringify({ message: (error as Error).message, ...(error as object) })).not.toContain('super-secret-token');
  });

  it('caps concurrency per provider', async () => {
    sim.latencyMs = 50;
    const start = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => get()));
    // 8 calls through 4 slots take two rounds of 50 ms.
    expect(performance.now() - start).toBeGreaterThanOrEqual(95);
  });
});

describe('TokenCache', () => {
  it('shares one fetch among concurrent callers and renews before expiry', async () => {
    let now = 0;
    let fetches = 0;
    const cache = new TokenCache(
      async () => {
        fetches += 1;
        await new Promise((r) => setTimeout(r, 10));
        return { token: `t${fetches}`, expiresInSeconds: 600 };
      },
      { marginSeconds: 60, now: () => now },
    );
    const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(new Set(tokens)).toEqual(new Set(['t1']));
    now = 539_000;
    expect(await cache.get()).toBe('t1');
    now = 541_000;
    expect(await cache.get()).toBe('t2');
    expect(fetches).toBe(2);
  });

  it('peek answers the token get() would answer at once, and null where get() would fetch', async () => {
    let now = 0;
    const cache = new TokenCache(async () => ({ token: 'only', expiresInSeconds: 600 }), { marginSeconds: 60, now: () => now });
    expect(cache.peek()).toBeNull();
    expect(await cache.get()).toBe('only');
    expect(cache.peek()).toBe('only');
    now = 541_000; // within the renewal margin
    expect(cache.peek()).toBeNull();
    expect(await cache.get()).toBe('only');
    cache.invalidate('only');
    expect(cache.peek()).toBeNull();
  });
});
