/** The simulator kit (src/sandbox/kit/): what the four simulators share, tested on its own. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  bearerToken,
  isEmail,
  isJsonRequest,
  offsetCursor,
  pageAfter,
  pageLink,
  pageOf,
  RateLimiter,
  receivedType,
  seedPeople,
  SignedCursors,
  SimServer,
  TokenStore,
  tokenEndpoint,
  validate,
  valueAt,
  type SimRequest,
} from '../../src/sandbox/kit/index.js';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { TokenResponse } from '../../src/http/oauth.js';
import type { UserItemModel } from '../../src/providers/apaleo/wire.js';

afterEach(() => vi.useRealTimers());

const req = (headers: Record<string, string> = {}, form = ''): SimRequest => ({
  method: 'POST',
  path: '/token',
  params: {},
  query: new URLSearchParams(),
  headers,
  rawBody: form,
  json: undefined,
  form: new URLSearchParams(form),
});

describe('tokens', () => {
  it('issue expiring tokens, tell missing, unknown and expired apart, and expire on demand', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const tokens = new TokenStore<{ email: string }>();
    const token = tokens.issue(60, { email: 'a@b.c' });
    expect(tokens.issued).toBe(1);
    expect(tokens.check(token)).toEqual({ ok: true, data: { email: 'a@b.c' } });
    expect(tokens.check('')).toEqual({ ok: false, reason: 'missing' });
    expect(tokens.check('other')).toEqual({ ok: false, reason: 'unknown' });
    vi.advanceTimersByTime(60_000);
    expect(tokens.check(token)).toEqual({ ok: false, reason: 'expired' });
    const fresh = tokens.issue(60, { email: 'a@b.c' });
    tokens.expireAll();
    expect(tokens.check(fresh)).toEqual({ ok: false, reason: 'expired' });
  });

  it('read the bearer token of a request', () => {
    expect(bearerToken(req({ authorization: 'Bearer abc ' }))).toBe('abc ');
    expect(bearerToken(req({ authorization: 'Bearer abc ' }), { trim: true })).toBe('abc');
    expect(bearerToken(req({ authorization: 'Basic abc' }))).toBe('');
    expect(bearerToken(req())).toBe('');
  });

  it('serve the client-credentials grant from HTTP Basic or the form, answering the provider error body for a bad grant', async () => {
    const server = new SimServer('kit', (status, message) => ({ status, message }));
    const tokens = new TokenStore();
    tokenEndpoint(server, {
      path: '/token',
      tokens,
      ttlSeconds: () => 120,
      scope: 'all',
      grant: ({ clientId, clientSecret, grantType }) =>
        grantType !== 'client_credentials'
          ? { status: 400, json: { error: 'unsupported_grant_type' } }
          : clientId === 'id' && clientSecret === 's:cret'
            ? { data: undefined }
            : { status: 401, json: { error: 'invalid_client' } },
    });
    const base = await server.start();
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(`${base}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
      const basic = await post('grant_type=client_credentials', { authorization: `Basic ${Buffer.from('id:s%3Acret').toString('base64')}` });
      expect(basic.status).toBe(200);
      expect(basic.headers.get('cache-control')).toBe('no-store');
      const body = TokenResponse.parse(await basic.json());
      expect(body).toMatchObject({ expires_in: 120, token_type: 'Bearer', scope: 'all' });
      expect(tokens.check(body.access_token).ok).toBe(true);
      expect((await post('grant_type=client_credentials&client_id=id&client_secret=s%3Acret')).status).toBe(200);
      const bad = await post('grant_type=password&client_id=id&client_secret=s%3Acret');
      expect([bad.status, await bad.json()]).toEqual([400, { error: 'unsupported_grant_type' }]);
      expect((await post('grant_type=client_credentials&client_id=id&client_secret=no')).status).toBe(401);
      expect(tokens.issued).toBe(2);
      expect(server.count('token')).toBe(4);
    } finally {
      await server.stop();
    }
  });
});

describe('rate limits', () => {
  it('aligned windows count calendar seconds and answer Retry-After; 0 refuses every call', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    const limiter = new RateLimiter('aligned');
    expect(limiter.take()).toBeNull();
    limiter.perSecond = 2;
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([null, null, { retryAfterSeconds: 1 }]);
    vi.setSystemTime(11_000);
    expect(limiter.take()).toBeNull();
    limiter.perSecond = 0;
    vi.setSystemTime(12_000);
    expect(limiter.take()).toEqual({ retryAfterSeconds: 1 });
  });

  it('rolling windows are per key and start at the first call', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_500);
    const limiter = new RateLimiter('rolling');
    limiter.perSecond = 1;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([null, { retryAfterSeconds: 1 }, null]);
    vi.setSystemTime(11_400);
    expect(limiter.take('a')).toEqual({ retryAfterSeconds: 1 });
    vi.setSystemTime(11_500);
    expect(limiter.take('a')).toBeNull();
  });
});

describe('body validation', () => {
  const Body = z.object({ name: z.string(), age: z.number().optional() });
  const toError = (issues: z.core.$ZodIssue[], input: unknown) => ({
    status: 400,
    json: { path: issues[0]!.path, received: receivedType(valueAt(input, issues[0]!.path)) },
  });

  it('answers the data, or the provider error body built from the first issue', () => {
    expect(validate(Body, { name: 'x' }, toError)).toEqual({ ok: true, data: { name: 'x' } });
    expect(validate(Body, { name: 'x', age: '3' }, toError)).toEqual({ ok: false, response: { status: 400, json: { path: ['age'], received: 'string' } } });
    expect(validate(Body, { age: null }, toError)).toEqual({ ok: false, response: { status: 400, json: { path: ['name'], received: 'undefined' } } });
    expect(validate(Body, [], toError)).toEqual({ ok: false, response: { status: 400, json: { path: [], received: 'array' } } });
  });

  it('tells a JSON body by its content type', () => {
    expect(isJsonRequest(req({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
    expect(isJsonRequest(req({ 'content-type': 'application/merge-patch+json' }))).toBe(true);
    expect(isJsonRequest(req({ 'content-type': 'text/plain' }))).toBe(false);
    expect(isJsonRequest(req())).toBe(false);
  });

  it('knows an email address when it sees one', () => {
    expect(['a@b.co', 'A.B@c.example.com'].map(isEmail)).toEqual([true, true]);
    expect(['a@b', 'a b@c.de', '@b.co', ''].map(isEmail)).toEqual([false, false, false, false]);
  });
});

describe('paging', () => {
  const list = Array.from({ length: 7 }, (_, i) => `k${i}`);

  it('page numbers: pages from 1, size 0 for everything, last page at least 1', () => {
    expect(pageOf(list, 2, 3)).toEqual({ items: ['k3', 'k4', 'k5'], total: 7, lastPage: 3 });
    expect(pageOf(list, 4, 3).items).toEqual([]);
    expect(pageOf(list, 1, 0).items).toHaveLength(7);
    expect(pageOf([], 1, 20).lastPage).toBe(1);
    expect(pageLink('http://x/users', new URLSearchParams('page=1&q=a'), 3, 'next')).toBe('<http://x/users?page=3&q=a>; rel="next"');
  });

  it('keyset pages: after a key, filtered, with more when another item follows', () => {
    expect(pageAfter(list, (k) => k, null, 3)).toEqual({ items: ['k0', 'k1', 'k2'], more: true });
    expect(pageAfter(list, (k) => k, 'k4', 2)).toEqual({ items: ['k5', 'k6'], more: false });
    expect(
      pageAfter(
        list,
        (k) => k,
        null,
        2,
        (k) => k !== 'k1',
      ),
    ).toEqual({ items: ['k0', 'k2'], more: true });
  });

  it('offset cursors belong to their query', () => {
    const cursor = offsetCursor.encode('q1', 30);
    expect(offsetCursor.decode(cursor, 'q1')).toBe(30);
    expect(offsetCursor.decode(cursor, 'q2')).toBeNull();
    expect(offsetCursor.decode('not a cursor!', 'q1')).toBeNull();
  });

  it('signed cursors refuse tampering, another query and expiry', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cursors = new SignedCursors();
    const cursor = cursors.sign('q', 'user-9', 1000);
    expect(cursors.read(cursor, 'q')).toEqual({ after: 'user-9' });
    expect(cursors.read(cursor, 'other')).toEqual({ error: 'other-query' });
    expect(cursors.read(`${cursor}x`, 'q')).toEqual({ error: 'invalid' });
    expect(new SignedCursors().read(cursor, 'q')).toEqual({ error: 'invalid' });
    vi.advanceTimersByTime(1000);
    expect(cursors.read(cursor, 'q')).toEqual({ error: 'expired' });
  });
});

describe('people seed', () => {
  it('hands each simulator the shared people it holds, with the email as it stores it', () => {
    const seen: string[] = [];
    seedPeople('logto', (person, email) => {
      expect(email.toLowerCase()).toBe(person.email);
      seen.push(person.email);
    });
    expect(seen).toEqual(SHARED_PEOPLE.filter((p) => p.in.includes('logto')).map((p) => p.email));
  });
});

describe('answers typed against the wire schemas', () => {
  it('a simulator answer that drifts from the wire format does not compile', () => {
    const item = {
      subjectId: 's',
      firstName: 'A',
      lastName: 'B',
      email: 'a@b.co',
      enabled: true,
      isAccountAdmin: false,
      isMfaEnabled: false,
      isPasskeysEnabled: false,
    };
    expect(item satisfies z.input<typeof UserItemModel>).toBe(item);
    // @ts-expect-error `enabled` is a boolean on the wire: `satisfies` in a simulator catches this drift.
    const drifted = { ...item, enabled: 'yes' } satisfies z.input<typeof UserItemModel>;
    expect(drifted.enabled).toBe('yes');
  });
});

describe('injected latency (SimServer.latencyMs)', () => {
  it('answers a read latencyMs after it arrived, its own work included; a delay fault comes on top', async () => {
    const sim = new SimServer('latency', (status, message) => ({ status, message }));
    const handled: number[] = [];
    sim.route('GET', '/slow', 'slow', () => {
      handled.push(performance.now());
      const until = performance.now() + 40;
      while (performance.now() < until); // the simulator's own work for this answer
      return { status: 200, json: { ok: true } };
    });
    const url = await sim.start();
    try {
      sim.latencyMs = 150;
      await fetch(`${url}/slow`); // connections and JIT
      handled.length = 0;
      const sent = performance.now();
      const answered = await Promise.all([0, 1].map(async () => (await fetch(`${url}/slow`)).status && performance.now()));
      // Both reads did their work while the latency ran (a model that waits first and works after
      // would start each handler 150 ms or more after the read was sent), and neither answer came early.
      expect(handled).toHaveLength(2);
      for (const at of handled) expect(at - sent).toBeLessThan(150);
      for (const at of answered) expect(at - sent).toBeGreaterThanOrEqual(149);
      sim.inject({ route: 'slow', kind: 'delay', delayMs: 100, times: 1 });
      const t = performance.now();
      await fetch(`${url}/slow`);
      expect(performance.now() - t).toBeGreaterThanOrEqual(249);
    } finally {
      await sim.stop();
    }
  });
});
