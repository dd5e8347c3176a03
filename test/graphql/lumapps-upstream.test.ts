/**
 * LumApps authentication (application token cached and fetched again once on a 401; static bearer
 * token), the simulator's status codes and error bodies, and how upstream failures reach GraphQL.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { LUMAPPS_SANDBOX, LumappsSandbox } from '../../src/providers/lumapps/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
let sim: LumappsSandbox;

beforeAll(async () => {
  app = await createTestApp({ APALEO_ENABLED: 'false', HTTP_MAX_RETRY_DELAY_MS: '200' });
  sim = app.runtime.sandboxes.lumapps!;
});
afterAll(() => app.close());
afterEach(() => {
  sim.server.resetKnobs();
  sim.rateLimitPerSecond = null;
});

const FIRST = graphql(`query LumappsUpstreamUsers3 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }`);

describe('application token', () => {
  it('is fetched once and cached across requests', async () => {
    await app.gql(FIRST);
    const before = sim.tokensIssued;
    sim.server.resetCounts();
    await Promise.all([app.gql(FIRST), app.gql(FIRST), app.gql(FIRST)]);
    expect(sim.tokensIssued).toBe(before);
    expect(sim.server.count('token')).toBe(0);
    expect(sim.server.count('user.list')).toBe(3);
  });

  it('is fetched again once when LumApps answers 401, and the call succeeds', async () => {
    await app.gql(FIRST);
    sim.expireTokens();
    sim.server.resetCounts();
    const r = await app.gql(FIRST);
    expect(r.errors).toBeUndefined();
    expect(sim.server.count('token')).toBe(1);
    expect(sim.server.count('user.list')).toBe(2);
  });

  it('a second 401 in a row is not retried again', async () => {
    await app.gql(FIRST);
    sim.server.resetCounts();
    sim.server.inject({ route: 'user.list', kind: 'status', status: 401, times: 2 });
    const r = await app.gql(FIRST);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'LUMAPPS', status: 401, providerCode: 'authError' });
    expect(sim.server.count('user.list')).toBe(2);
    expect(sim.server.count('token')).toBe(1);
  });
});

describe('live mode against a standalone simulator', () => {
  let standalone: LumappsSandbox;
  beforeAll(async () => {
    standalone = new LumappsSandbox({ users: 40 });
    await standalone.start();
  });
  afterAll(() => standalone.stop());

  it('works with a static bearer token (LUMAPPS_TOKEN)', async () => {
    const live = await createTestApp({
      APALEO_ENABLED: 'false',
      AUTHRESS_MODE: 'sandbox',
      LOGTO_MODE: 'sandbox',
      LUMAPPS_BASE_URL: standalone.server.baseUrl,
      LUMAPPS_TOKEN: standalone.staticToken,
    });
    try {
      const r = await live.gql(graphql(`query LumappsUpstreamProviders { providers { provider mode } currentUser(provider: LUMAPPS) { email } }`));
      expect(r.data!.providers).toContainEqual({ provider: 'LUMAPPS', mode: 'LIVE' });
      expect(r.data!.currentUser).toEqual({ email: LUMAPPS_SANDBOX.userEmail });
      expect(standalone.server.count('token')).toBe(0);
    } finally {
      await live.close();
    }
  });

  it('a wrong static token is a 401 upstream error, without leaking the token', async () => {
    const live = await createTestApp({
      APALEO_ENABLED: 'false',
      AUTHRESS_MODE: 'sandbox',
      LOGTO_MODE: 'sandbox',
      LUMAPPS_BASE_URL: standalone.server.baseUrl,
      LUMAPPS_TOKEN: 'wrong-token-value',
    });
    try {
      const r = await live.gql(FIRST);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'LUMAPPS', operation: 'user.list', status: 401 });
      expect(JSON.stringify(r)).not.toContain('wrong-token-value');
    } finally {
      await live.close();
    }
  });

  it("works with application credentials, and wrong ones are the token endpoint's 400 invalid_request (an upstream error, not the caller's input)", async () => {
    const env = {
      APALEO_ENABLED: 'false',
      AUTHRESS_MODE: 'sandbox',
      LOGTO_MODE: 'sandbox',
      LUMAPPS_BASE_URL: standalone.server.baseUrl,
      LUMAPPS_CUSTOMER_ID: standalone.customerId,
      LUMAPPS_CLIENT_ID: standalone.clientId,
      LUMAPPS_CLIENT_SECRET: standalone.clientSecret,
      LUMAPPS_USER_EMAIL: LUMAPPS_SANDBOX.userEmail,
    };
    const good = await createTestApp(env);
    const bad = await createTestApp({ ...env, LUMAPPS_CLIENT_SECRET: 'not-the-secret' });
    try {
      // Concurrent first calls share one token request.
      standalone.server.resetCounts();
      const first = await Promise.all(Array.from({ length: 5 }, () => good.gql(FIRST)));
      expect(first.every((r) => r.data!.users.edges.length === 2)).toBe(true);
      expect(standalone.server.count('token')).toBe(1);
      const r = await bad.gql(FIRST);
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_ERROR',
        provider: 'LUMAPPS',
        operation: 'token',
        status: 400,
        providerCode: 'invalid_request',
      });
      expect(JSON.stringify(r)).not.toContain('not-the-secret');
    } finally {
      await good.close();
      await bad.close();
    }
  });
});

describe('upstream failures', () => {
  it('a 500 is an UPSTREAM_ERROR naming the provider, operation, status and LumApps reason', async () => {
    sim.server.inject({ route: 'user.list', kind: 'status', status: 500, times: 1 });
    const r = await app.gql(FIRST);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_ERROR',
      provider: 'LUMAPPS',
      operation: 'user.list',
      status: 500,
      providerCode: 'backendError',
    });
  });

  it('a 503 on a read is retried', async () => {
    sim.server.resetCounts();
    sim.server.inject({ route: 'user.list', kind: 'status', status: 503, times: 1 });
    const r = await app.gql(FIRST);
    expect(r.errors).toBeUndefined();
    expect(sim.server.count('user.list')).toBe(2);
  });

  it('a 429 with a short Retry-After is waited for; a long one is RATE_LIMITED at once', async () => {
    sim.server.resetCounts();
    sim.server.inject({ route: 'user.list', kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 });
    expect((await app.gql(FIRST)).errors).toBeUndefined();
    expect(sim.server.count('user.list')).toBe(2);
    sim.server.inject({ route: 'user.list', kind: 'status', status: 429, headers: { 'retry-after': '30' }, times: 1 });
    const r = await app.gql(FIRST);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', provider: 'LUMAPPS', retryAfterSeconds: 30, providerCode: 'rateLimitExceeded' });
  });

  it('the rate-limit knob answers 429 rateLimitExceeded with Retry-After', async () => {
    sim.rateLimitPerSecond = 0;
    const response = await fetch(`${sim.server.baseUrl}/_ah/api/lumsites/v1/user/list`, { headers: { authorization: `Bearer ${sim.staticToken}` } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: { code: 429, errors: [{ domain: 'global', reason: 'rateLimitExceeded' }] } });
  });

  it('a list body without any documented key reads as the end of the list (every key is optional)', async () => {
    sim.server.inject({ route: 'user.list', kind: 'mismatch', times: 1 });
    const r = await app.gql(graphql(`query LumappsUpstreamUsers { users(provider: LUMAPPS, first: 2) { edges { node { email } } pageInfo { hasNextPage } } }`));
    expect(r.data!.users).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('a body that is not JSON is an UPSTREAM_ERROR', async () => {
    sim.server.inject({ route: 'user.list', kind: 'malformed', times: 1 });
    const r = await app.gql(graphql(`query LumappsUpstreamUsers2 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }`));
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "incomplete": true,
            "operation": "user.list",
            "provider": "LUMAPPS",
            "providerCode": null,
            "retryable": false,
            "status": 200,
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "lumapps user.list answered HTTP 200 with a body that is not JSON (this page lacks its items; ask again with the same arguments)",
          "path": [
            "users",
          ],
        },
      ]
    `);
  });

  it('a drifted user body is an UPSTREAM_ERROR naming the field', async () => {
    sim.server.inject({ route: 'user.get', kind: 'status', status: 200, json: { uid: 5, email: 'x' }, times: 1 });
    const r = await app.gql(graphql(`query LumappsUpstreamCurrentUser { currentUser(provider: LUMAPPS) { email } }`));
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "operation": "user.get",
            "provider": "LUMAPPS",
            "providerCode": null,
            "retryable": false,
            "status": 200,
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "lumapps user.get answered a body that does not match its documented schema (uid: Invalid input: expected string, received number)",
          "path": [
            "currentUser",
          ],
        },
      ]
    `);
  });

  it('latency is injected per call', async () => {
    sim.server.latencyMs = 30;
    const start = performance.now();
    await app.gql(FIRST);
    expect(performance.now() - start).toBeGreaterThanOrEqual(29);
  });
});

describe('simulator wire behaviour', () => {
  const call = (path: string, token: string | null = LUMAPPS_SANDBOX.staticToken, init: RequestInit = {}) =>
    fetch(`${sim.server.baseUrl}/_ah/api/lumsites/v1/${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
    });

  it('answers {"more": false} with no items for an empty list, with a LumApps-Call-Id header', async () => {
    const r = await call('user/list?query=nobody-at-all');
    expect(r.status).toBe(200);
    expect(r.headers.get('lumapps-call-id')).toBeTruthy();
    expect(await r.json()).toEqual({ more: false });
  });

  it('pages with cursor and more, and rejects a cursor of another query', async () => {
    const first = (await (await call('user/list?maxResults=2&status=enabled')).json()) as { items: unknown[]; more: boolean; cursor: string; callId: string };
    expect(first).toMatchObject({ more: true });
    expect(first.items).toHaveLength(2);
    const next = await call(`user/list?maxResults=2&status=enabled&cursor=${first.cursor}`);
    expect(next.status).toBe(200);
    const foreign = await call(`user/list?maxResults=2&status=disabled&cursor=${first.cursor}`);
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ error: { code: 400, message: 'Invalid cursor', errors: [{ reason: 'invalidParameter' }] } });
  });

  it('answers Google-style 400, 401 and 404 errors', async () => {
    expect((await call('user/list?status=sleeping')).status).toBe(400);
    expect((await call('user/list?maxResults=abc')).status).toBe(400);
    expect((await call('user/list?fields=items(')).status).toBe(400);
    expect((await call('user/get?email=a@b.example&uid=1')).status).toBe(400);
    const unauth = await call('user/list', null);
    expect(unauth.status).toBe(401);
    expect(await unauth.json()).toMatchObject({ error: { code: 401, errors: [{ domain: 'global', reason: 'authError' }] } });
    const missing = await call('user/get?email=foo@bar.org');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 404, message: 'User not found: foo@bar.org', errors: [{ domain: 'global', reason: 'notFound', message: 'User not found: foo@bar.org' }] },
    });
  });

  it('applies fields to user/get', async () => {
    const r = await call(`user/get?email=${encodeURIComponent(LUMAPPS_SANDBOX.userEmail)}&fields=email,isHidden`);
    expect(await r.json()).toEqual({ email: LUMAPPS_SANDBOX.userEmail, isHidden: false });
  });
});

describe('LumApps configuration', () => {
  it('is a sandbox without credentials, off when disabled', () => {
    expect(loadConfig({}).providers.lumapps).toEqual({ mode: 'sandbox' });
    expect(loadConfig({ LUMAPPS_ENABLED: 'false' }).providers.lumapps).toEqual({ mode: 'off' });
  });

  const OTHERS_OFF = { APALEO_MODE: 'off', AUTHRESS_MODE: 'off', LOGTO_MODE: 'off' } as const;
  it('is live with a static token or with all four application settings', () => {
    expect(loadConfig({ LUMAPPS_TOKEN: 't', ...OTHERS_OFF }).providers.lumapps).toEqual({
      mode: 'live',
      baseUrl: 'https://go-cell-001.api.lumapps.com',
      auth: 'static',
      token: 't',
    });
    expect(
      loadConfig({
        LUMAPPS_CUSTOMER_ID: 'c',
        LUMAPPS_CLIENT_ID: 'i',
        LUMAPPS_CLIENT_SECRET: 's',
        LUMAPPS_USER_EMAIL: 'a@b.example',
        LUMAPPS_BASE_URL: 'https://eu-cell-003.api.lumapps.com',
        ...OTHERS_OFF,
      }).providers.lumapps,
    ).toMatchObject({ mode: 'live', auth: 'application', baseUrl: 'https://eu-cell-003.api.lumapps.com', customerId: 'c', userEmail: 'a@b.example' });
  });

  it('names each missing application setting, and a static token mixed with them', () => {
    expect(() => loadConfig({ LUMAPPS_CLIENT_ID: 'i' })).toThrow(ConfigError);
    try {
      loadConfig({ LUMAPPS_CLIENT_ID: 'i', LUMAPPS_CLIENT_SECRET: 's' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/LUMAPPS_CUSTOMER_ID/);
      expect(problems).toMatch(/LUMAPPS_USER_EMAIL/);
      expect(problems).not.toMatch(/LUMAPPS_CLIENT_SECRET/);
    }
    expect(() => loadConfig({ LUMAPPS_TOKEN: 't', LUMAPPS_CLIENT_ID: 'i' })).toThrow(/LUMAPPS_TOKEN: cannot be combined with LUMAPPS_CLIENT_ID/);
    expect(() => loadConfig({ LUMAPPS_CUSTOMER_ID: 'c', LUMAPPS_CLIENT_ID: 'i', LUMAPPS_CLIENT_SECRET: 's', LUMAPPS_USER_EMAIL: 'nope' })).toThrow(
      /LUMAPPS_USER_EMAIL/,
    );
    expect(() => loadConfig({ LUMAPPS_BASE_URL: 'not a url' })).toThrow(/LUMAPPS_BASE_URL/);
  });
});
