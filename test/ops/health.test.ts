/** /health and /ready through the app's HTTP surface, over the real simulators. */
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/auth/authenticator.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { PROVIDER_IDS, type ProviderId } from '../../src/domain/types.js';
import type { ObservedClient, TokenState } from '../../src/http/observer.js';
import { Health } from '../../src/ops/health.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function ready(a: TestApp) {
  const response = await a.fetch('/ready');
  return { status: response.status, text: await response.text() };
}

/** Probes until the first token fetches are done (the first probe starts them in the background). */
async function untilSettled(a: TestApp) {
  for (let i = 0; i < 50; i += 1) {
    const r = await ready(a);
    if (!r.text.includes('"unknown"')) return r;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('readiness never settled');
}

const simCalls = (a: TestApp) => Object.values(a.runtime.simulators).reduce((sum, sim) => sum + sim!.count(), 0);

describe('/health and /ready', () => {
  it('answer without credentials, with no URL or secret, and /ready turns ready once tokens are obtained', async () => {
    app = await createTestApp({
      AUTH_API_KEYS: JSON.stringify([{ name: 'k', sha256: sha256Hex('secret-key-1'), scopes: ['users:read'] }]),
      READY_CACHE_MS: '0',
    });
    const live = await app.fetch('/health');
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const first = await ready(app);
    expect(first.status).toBe(503);
    const settled = await untilSettled(app);
    expect(settled.status).toBe(200);
    const body = JSON.parse(settled.text);
    expect(body.status).toBe('ready');
    for (const id of PROVIDER_IDS) expect(body.providers[id]).toEqual({ required: true, ready: true, circuit: 'CLOSED', token: 'ok' });
    expect(settled.text).not.toMatch(/https?:|127\.0\.0\.1|secret|Bearer/i);
    const sandbox = app.runtime.sandboxes;
    for (const secret of [sandbox.apaleo!.clientSecret, sandbox.logto!.appSecret, sandbox.lumapps!.clientSecret]) expect(settled.text).not.toContain(secret);
  });

  it('never calls a provider per probe, and caches its answer', async () => {
    app = await createTestApp({ READY_CACHE_MS: '60000' });
    await untilSettled(app);
    const before = simCalls(app);
    const answers = new Set<string>();
    for (let i = 0; i < 25; i += 1) answers.add(JSON.parse((await ready(app)).text).checkedAt);
    expect(simCalls(app)).toBe(before);
    expect(answers.size).toBe(1);
  });

  it('is not ready while a required provider refuses its credentials, and retries the token in the background at most once per interval', async () => {
    app = await createTestApp({ READY_CACHE_MS: '0', READY_REQUIRED_PROVIDERS: 'apaleo' });
    const sim = app.runtime.simulators.apaleo!;
    sim.inject({ route: 'token', kind: 'status', status: 400, json: { error: 'invalid_client' } });
    const settled = await untilSettled(app);
    expect(settled.status).toBe(503);
    const body = JSON.parse(settled.text);
    expect(body.status).toBe('not_ready');
    expect(body.providers.apaleo).toMatchObject({ required: true, ready: false, token: 'failed', reason: 'token could not be obtained' });
    expect(body.providers.logto).toMatchObject({ required: false, ready: true });
    const tokenCalls = sim.count('token');
    for (let i = 0; i < 20; i += 1) await ready(app);
    expect(sim.count('token')).toBe(tokenCalls);
    const metrics = await (await app.fetch('/metrics')).text();
    expect(metrics).toMatch(/^idgraph_upstream_token_fetches_total\{provider="apaleo",outcome="failure"\} 1$/m);
    expect(metrics).not.toMatch(/idgraph_upstream_token_fetches_total\{provider="apaleo",outcome="success"\}/);
  });

  it('is not ready when a required provider circuit is open; an optional one does not matter', async () => {
    app = await createTestApp({ READY_CACHE_MS: '0', CIRCUIT_FAILURE_THRESHOLD: '1', HTTP_MAX_ATTEMPTS: '1', READY_REQUIRED_PROVIDERS: 'apaleo,logto' });
    await untilSettled(app);
    app.runtime.simulators.lumapps!.inject({ route: '*', kind: 'status', status: 500 });
    await app.gql(graphql(`query HealthUsers { users(provider: LUMAPPS, first: 1) { edges { node { id } } } }`));
    const optionalDown = await ready(app);
    expect(optionalDown.status).toBe(200);
    expect(JSON.parse(optionalDown.text).providers.lumapps).toMatchObject({ required: false, ready: false, circuit: 'OPEN', reason: 'circuit open' });
    app.runtime.simulators.apaleo!.inject({ route: 'users.list', kind: 'status', status: 500 });
    await app.gql(graphql(`query HealthUsers2 { users(provider: APALEO, first: 1) { edges { node { id } } } }`));
    const down = await ready(app);
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text).providers.apaleo).toMatchObject({ required: true, ready: false, circuit: 'OPEN', reason: 'circuit open' });
  });

  it('answers draining (503) once shutdown starts, while /health stays 200', async () => {
    app = await createTestApp({ READY_CACHE_MS: '60000' });
    await untilSettled(app);
    app.ops.health.startDraining();
    const r = await ready(app);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.text).status).toBe('draining');
    expect((await app.fetch('/health')).status).toBe(200);
  });
});

describe('READY_REQUIRED_PROVIDERS', () => {
  it('defaults to every enabled provider and rejects unknown or switched-off providers by name', () => {
    expect(loadConfig({ LUMAPPS_ENABLED: 'false' }).ops.readyRequiredProviders).toEqual(['apaleo', 'authress', 'logto']);
    expect(loadConfig({ READY_REQUIRED_PROVIDERS: 'none' }).ops.readyRequiredProviders).toEqual([]);
    expect(loadConfig({ READY_REQUIRED_PROVIDERS: ' Apaleo , logto' }).ops.readyRequiredProviders).toEqual(['apaleo', 'logto']);
    expect(() => loadConfig({ READY_REQUIRED_PROVIDERS: 'apaleo,okta' })).toThrow(/READY_REQUIRED_PROVIDERS: okta is not a provider/);
    expect(() => loadConfig({ READY_REQUIRED_PROVIDERS: 'lumapps', LUMAPPS_ENABLED: 'false' })).toThrow(ConfigError);
  });
});

describe('Health (unit)', () => {
  function fakeClient(provider: ProviderId, token: { state: TokenState; next: TokenState }) {
    let refreshes = 0;
    const client: ObservedClient = {
      provider,
      circuitState: () => 'CLOSED',
      tokenState: () => token.state,
      inFlight: () => ({ active: 0, waiting: 0 }),
      async refreshToken() {
        refreshes += 1;
        token.state = token.next;
        return token.state;
      },
    };
    return { client, refreshes: () => refreshes };
  }

  it('recovers once a failed token is obtained again, retrying no more often than tokenRetryMs', async () => {
    let now = 1_000_000;
    const token = { state: 'failed' as TokenState, next: 'failed' as TokenState };
    const fake = fakeClient('apaleo', token);
    const health = new Health(() => new Map([['apaleo', fake.client]]), {
      required: ['apaleo'],
      enabled: ['apaleo'],
      cacheMs: 0,
      tokenRetryMs: 5_000,
      now: () => now,
    });
    expect(health.ready().status).toBe('not_ready');
    await Promise.resolve();
    for (let i = 0; i < 10; i += 1) health.ready();
    expect(fake.refreshes()).toBe(1);
    token.next = 'ok';
    now += 5_000;
    health.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.refreshes()).toBe(2);
    expect(health.ready().status).toBe('ready');
  });
});
