/**
 * The HTTP gate in live mode (issue 10: 1, 7, 8, 13, 14, 16, 17; issue 12: 9, 14): each attack or
 * mistake over HTTP against a live-mode app (providers = standalone simulators with credentials,
 * caller auth on).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { request as undiciRequest } from 'undici';
import type { YogaLogger } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOptionsFromConfig, createApp } from '../src/app.js';
import { sha256Hex } from '../src/auth/authenticator.js';
import { ConfigError, DEMO_API_KEY_SHA256, loadConfig } from '../src/config.js';
import { createLiveApp, startJwksIssuer, startUpstreams, type LiveApp, type Upstreams } from './helpers/live-app.js';
import { graphql } from './gql/index.js';
import type { TypedDocument } from './helpers/app.js';

const corsHeaders = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => name.startsWith('access-control-')));
const PROVIDERS = graphql(`query GateHttpProviders { providers { provider } }`);
const json = (query: string | TypedDocument<unknown, never>, variables?: Record<string, unknown>) => JSON.stringify({ query: query.toString(), variables });
/** What urql's default fetch exchange sends with a query (as GET, within the URL length limit). */
const URQL_ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';
const BROWSER_NAVIGATION_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const getUrl = (query: string | TypedDocument<unknown, never>, variables?: Record<string, unknown>) =>
  `/graphql?query=${encodeURIComponent(query.toString())}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

let upstreams: Upstreams;
let app: LiveApp;

beforeAll(async () => {
  upstreams = await startUpstreams();
  app = await createLiveApp({ upstreams, apiKeys: { admin: ['admin'], reader: ['users:read'] }, jwt: true });
});
afterAll(async () => {
  await app?.close();
  await app?.issuer?.close();
  await upstreams?.close();
});

describe('10.1 CORS', () => {
  const post = (target: LiveApp, origin: string) =>
    target.request({ method: 'POST', headers: { origin, 'content-type': 'application/json', ...target.bearer('admin') }, body: json(PROVIDERS) });
  const preflight = (target: LiveApp, origin: string) =>
    target.request({
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it('live mode without CORS_ORIGINS answers no origin with CORS headers (no echo, no credentials)', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const r = await post(app, origin);
      expect(r.status).toBe(200);
      expect(corsHeaders(r.headers)).toEqual({});
      const p = await preflight(app, origin);
      expect(corsHeaders(p.headers)).toEqual({});
    }
  });

  describe('with two origins configured', () => {
    let listed: LiveApp;
    let withCredentials: LiveApp;
    beforeAll(async () => {
      listed = await createLiveApp({ upstreams, env: { CORS_ORIGINS: 'https://app.example.com, https://Admin.example.com' } });
      withCredentials = await createLiveApp({ upstreams, env: { CORS_ORIGINS: 'https://app.example.com', CORS_CREDENTIALS: 'true' } });
    });
    afterAll(async () => {
      await listed?.close();
      await withCredentials?.close();
    });

    it('a foreign origin, or "null" (sandboxed frames), gets no CORS headers at all: never Access-Control-Allow-Origin: null', async () => {
      for (const origin of ['https://evil.example', 'null', 'https://app.example.com.evil.example']) {
        expect(corsHeaders((await post(listed, origin)).headers)).toEqual({});
        expect(corsHeaders((await preflight(listed, origin)).headers)).toEqual({});
      }
    });

    it('a listed origin is echoed, without credentials unless CORS_CREDENTIALS=true', async () => {
      const r = await post(listed, 'https://admin.example.com');
      expect(corsHeaders(r.headers)).toEqual({ 'access-control-allow-origin': 'https://admin.example.com' });
      expect(r.headers.get('vary')).toMatch(/Origin/);
      const p = await preflight(listed, 'https://app.example.com');
      expect(p.status).toBe(204);
      expect(corsHeaders(p.headers)).toMatchObject({
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-allow-methods': expect.stringContaining('POST'),
        'access-control-allow-headers': 'content-type,authorization',
      });
      expect(corsHeaders(p.headers)['access-control-allow-credentials']).toBeUndefined();
      const c = await post(withCredentials, 'https://app.example.com');
      expect(corsHeaders(c.headers)).toEqual({ 'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-credentials': 'true' });
    });
  });

  it('refuses CORS_ORIGINS=* in live mode, a "null" or malformed origin, and credentials without a list', () => {
    const live = { ...upstreams.env, AUTH_API_KEYS: JSON.stringify([{ name: 'a', sha256: sha256Hex('a-key-0123456789'), scopes: ['admin'] }]) };
    expect(() => loadConfig({ ...live, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS: \* is allowed only in the sandbox/);
    expect(() => loadConfig({ ...live, CORS_ORIGINS: 'https://a.example,null' })).toThrow(/CORS_ORIGINS: "null" is not an origin/);
    expect(() => loadConfig({ ...live, CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ...live, CORS_CREDENTIALS: 'true' })).toThrow(/CORS_CREDENTIALS: needs CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: '*', CORS_CREDENTIALS: 'true' })).toThrow(/CORS_CREDENTIALS: cannot be combined/);
  });

  it('the sandbox still answers every origin with *, without credentials', async () => {
    const sandbox = createApp({ ...appOptionsFromConfig(loadConfig({ LOG_LEVEL: 'silent', AUDIT_ENABLED: 'false' }), {}) });
    const r = await sandbox.fetch('http://idgraph.test/graphql', {
      method: 'POST',
      headers: { origin: 'https://anything.example', 'content-type': 'application/json' },
      body: json(PROVIDERS),
    });
    expect(r.status).toBe(200);
    expect(corsHeaders(r.headers)).toEqual({ 'access-control-allow-origin': '*' });
  });
});

describe('10.7 JWT lifetime', () => {
  const usersQuery = '{ users(provider: APALEO, first: 1) { totalCount } }';
  const withToken = async (token: string) => app.gql(usersQuery, undefined, { authorization: `Bearer ${token}` });

  it('accepts a token with exp and a recent iat', async () => {
    const r = await withToken(await app.issuer!.sign({ scope: 'users:read' }));
    expect(r.errors).toBeUndefined();
  });

  it('refuses a token without exp, without iat, or issued longer ago than AUTH_JWT_MAX_AGE_S (default 24 h)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [Promise<string>, RegExp][] = [
      [app.issuer!.sign({ scope: 'admin' }, { exp: null }), /no exp claim/],
      [app.issuer!.sign({ scope: 'admin' }, { iat: null }), /no iat claim/],
      [app.issuer!.sign({ scope: 'admin' }, { iat: now - 2 * 86_400, exp: now + 3600 }), /issued more than 86400 s ago/],
    ];
    for (const [token, message] of cases) {
      const r = await withToken(await token);
      expect(r.status).toBe(401);
      expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});

describe('10.8 work before authentication, body size, suggestions', () => {
  it('refuses a request without a valid credential before reading its body', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong' }] as Record<string, string>[]) {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 8_000_000) return controller.close();
          pulled += 65_536;
          controller.enqueue(new Uint8Array(65_536).fill(32));
        },
      });
      const r = await app.request({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect(r.status).toBe(401);
      expect(r.json().errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(pulled).toBeLessThan(1_000_000);
    }
  });

  it('an unauthenticated caller learns nothing about the schema: 401, no validation message', async () => {
    const r = await app.request({ method: 'POST', headers: { 'content-type': 'application/json' }, body: json('{ userz { id } }') });
    expect(r.status).toBe(401);
    expect(r.text).not.toMatch(/userz|Did you mean|users/);
  });

  it('bodies over 1 MB get 413 (authenticated or not), smaller ones pass', async () => {
    const small = JSON.stringify({ query: PROVIDERS, variables: { pad: 'x'.repeat(900_000) } });
    expect((await app.request({ method: 'POST', headers: { 'content-type': 'application/json', ...app.bearer('admin') }, body: small })).status).toBe(200);
    const big = JSON.stringify({ query: PROVIDERS, variables: { pad: 'x'.repeat(1_100_000) } });
    const r = await app.request({ method: 'POST', headers: { 'content-type': 'application/json', ...app.bearer('admin') }, body: big });
    expect(r.status).toBe(413);
    expect(r.json().errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('REQUEST_MAX_BODY_BYTES sets the limit', async () => {
    const tight = await createLiveApp({ upstreams, env: { REQUEST_MAX_BODY_BYTES: '10000' } });
    try {
      const body = JSON.stringify({ query: PROVIDERS, variables: { pad: 'x'.repeat(20_000) } });
      expect((await tight.request({ method: 'POST', headers: { 'content-type': 'application/json', ...tight.bearer('admin') }, body })).status).toBe(413);
      expect((await tight.gql(PROVIDERS, undefined, tight.bearer('admin'))).status).toBe(200);
    } finally {
      await tight.close();
    }
  });

  it('over a real HTTP server: x-request-id and CORS headers go out beside the answer’s own, once each (401 and refusals too)', async () => {
    const cors = await createLiveApp({ upstreams, env: { CORS_ORIGINS: 'https://app.example.com', CORS_CREDENTIALS: 'true' } });
    const server = createServer(createApp({ ...appOptionsFromConfig(cors.config, cors.runtime.providers), graphiql: false }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const post = (headers: Record<string, string>) =>
      undiciRequest(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: json(PROVIDERS),
      }).then(async (r) => ({ status: r.statusCode, headers: r.headers, text: await r.body.text() }));
    try {
      const allowed = await post({ ...cors.bearer('admin'), origin: 'https://app.example.com', 'x-request-id': 'edge-1' });
      expect(allowed.status).toBe(200);
      expect(JSON.parse(allowed.text).data.providers.length).toBeGreaterThan(0);
      expect(allowed.headers).toMatchObject({
        'x-request-id': 'edge-1',
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-allow-credentials': 'true',
        vary: 'Origin',
        'content-type': expect.stringMatching(/json/),
        'content-length': String(Buffer.byteLength(allowed.text)),
      });
      const other = await post({ ...cors.bearer('admin'), origin: 'https://evil.example.com' });
      expect(other.status).toBe(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      expect(other.headers.vary).toBe('Origin');
      expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const refused = await post({ authorization: 'Bearer not-a-key', 'x-request-id': 'edge-2' });
      expect(refused.status).toBe(401);
      expect(refused.headers['x-request-id']).toBe('edge-2');
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await cors.close();
    }
  });

  it('over a real HTTP server: Content-Length over the limit 413 before the body is read, a chunked body counted as it streams (413 past the limit, 200 within)', async () => {
    const tight = await createLiveApp({ upstreams, env: { REQUEST_MAX_BODY_BYTES: '10000' } });
    const server = createServer(createApp({ ...appOptionsFromConfig(tight.config, tight.runtime.providers), graphiql: false }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const post = (body: string | Readable, headers: Record<string, string> = {}) =>
      undiciRequest(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...tight.bearer('admin'), ...headers },
        body,
      }).then(async (r) => ({ status: r.statusCode, body: (await r.body.json()) as { errors?: { extensions: { code: string } }[] } }));
    const padded = (n: number) => JSON.stringify({ query: PROVIDERS.toString(), variables: { pad: 'x'.repeat(n) } });
    try {
      const declared = await post(padded(20_000));
      expect(declared.status).toBe(413);
      expect(declared.body.errors?.[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect((await post(padded(5_000))).status).toBe(200);
      // No Content-Length: Transfer-Encoding chunked, in 1 kB chunks.
      const chunked = (text: string) => Readable.from(text.match(/[\s\S]{1,1000}/g)!, { objectMode: false });
      const big = await post(chunked(padded(20_000)));
      expect(big.status).toBe(413);
      expect(big.body.errors?.[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect((await post(chunked(padded(5_000)))).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await tight.close();
    }
  });

  it('with introspection off, errors carry no "Did you mean" suggestions (fields, enum literals, variables)', async () => {
    const cases: [string, Record<string, unknown> | undefined][] = [
      ['{ userz { id } }', undefined],
      ['{ users(provider: APALEOO) { totalCount } }', undefined],
      ['query($p: Provider!) { users(provider: $p) { totalCount } }', { p: 'APALEOO' }],
      ['{ users(provider: APALEO, first: 1) { edges { node { emial } } } }', undefined],
    ];
    for (const [query, variables] of cases) {
      const r = await app.gql(query, variables, app.bearer('admin'));
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
    }
  });
});

describe('10.13 and 12.9 CSRF with GET', () => {
  it('10.13: a browser navigation (Accept: text/html…) does not skip the CSRF rule when GraphiQL is off', async () => {
    expect(app.config.graphiql).toBe(false);
    for (const headers of [{ accept: BROWSER_NAVIGATION_ACCEPT }, { accept: '*/*', 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'cross-site' }] as Record<
      string,
      string
    >[]) {
      const r = await app.request({
        method: 'GET',
        path: getUrl('{ users(provider: APALEO, first: 1) { edges { node { email } } } }'),
        headers: { ...headers, ...app.bearer('admin') },
      });
      expect(r.status).toBe(403);
      expect(r.json().errors[0].extensions.code).toBe('CSRF_PREVENTED');
    }
  });

  it('12.9: urql’s default GET query works without settings', async () => {
    const r = await app.request({
      method: 'GET',
      path: getUrl('query Users($n: Int) { users(provider: APALEO, first: $n) { edges { node { email } } } }', { n: 2 }),
      headers: { accept: URQL_ACCEPT, ...app.bearer('reader') },
    });
    expect(r.status).toBe(200);
    expect(r.json().data.users.edges).toHaveLength(2);
    // The same from a browser page on another origin (a CORS fetch): allowed too; CORS decides whether the page may read it.
    const cors = await app.request({
      method: 'GET',
      path: getUrl(PROVIDERS),
      headers: { accept: URQL_ACCEPT, 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'cross-site', ...app.bearer('reader') },
    });
    expect(cors.status).toBe(200);
  });

  it('12.9: the default POSTs of Apollo Client, graphql-request, Relay and urql (mutations) work', async () => {
    const mutation = 'mutation { deprovisionPerson(input: { email: "ada.lovelace@people.example.com", mode: DISABLE, dryRun: true }) { __typename } }';
    for (const accept of [
      'application/graphql-response+json,application/json;q=0.9',
      'application/graphql-response+json, application/json',
      'application/json',
      URQL_ACCEPT,
    ]) {
      const r = await app.request({ method: 'POST', headers: { 'content-type': 'application/json', accept, ...app.bearer('admin') }, body: json(mutation) });
      expect(r.status).toBe(200);
      expect(r.json().data.deprovisionPerson.__typename).toBe('DeprovisionReport');
    }
  });

  it('12.9: no CSRF hole: a mutation over GET is refused before it runs; cross-site no-cors GETs and simple POSTs are refused', async () => {
    const sims = [upstreams.apaleo!, upstreams.logto!, upstreams.lumapps!];
    for (const sim of sims) sim.server.resetCounts();
    const mutation = 'mutation { deprovisionPerson(input: { email: "ada.lovelace@people.example.com", mode: DELETE }) { __typename } }';
    const viaGet = await app.request({ method: 'GET', path: getUrl(mutation), headers: { accept: URQL_ACCEPT, ...app.bearer('admin') } });
    expect(viaGet.status).toBe(405);
    const noCors = await app.request({
      method: 'GET',
      path: getUrl(PROVIDERS),
      headers: { accept: '*/*', 'sec-fetch-mode': 'no-cors', 'sec-fetch-site': 'cross-site', ...app.bearer('admin') },
    });
    expect(noCors.status).toBe(403);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const simple = await app.request({ method: 'POST', headers: { 'content-type': type, ...app.bearer('admin') }, body: json(mutation) });
      expect(simple.status).toBe(403);
      expect(simple.json().errors[0].extensions.code).toBe('CSRF_PREVENTED');
    }
    for (const sim of sims) expect(sim.server.count()).toBe(0);
  });
});

describe('10.14 JWKS unreachable', () => {
  it('cools down after a failure (no fetch per request) and answers 503 AUTH_UNAVAILABLE, not "invalid token"; recovers afterwards', async () => {
    const issuer = await startJwksIssuer();
    const target = await createLiveApp({ upstreams, jwt: issuer, env: { AUTH_JWKS_RETRY_MS: '400' } });
    try {
      issuer.down = true;
      // Tokens that fail whatever the key set says are 401 at once, and cause no fetch.
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${b64({ alg: 'none' })}.${b64({ iss: issuer.url, aud: 'idgraph', scope: 'admin', iat: now, exp: now + 60 })}.`;
      for (const bad of [unsigned, await issuer.sign({ scope: 'admin', iss: 'https://evil.example/' }), await issuer.sign({ scope: 'admin' }, { exp: null })]) {
        expect((await target.gql(PROVIDERS, undefined, { authorization: `Bearer ${bad}` })).status).toBe(401);
      }
      expect(issuer.fetches).toBe(0);
      const token = await issuer.sign({ scope: 'users:read' });
      for (let i = 0; i < 5; i += 1) {
        const r = await target.gql(PROVIDERS, undefined, { authorization: `Bearer ${token}` });
        expect(r.status).toBe(503);
        expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(/key set \(JWKS\) is unreachable/), extensions: { code: 'AUTH_UNAVAILABLE' } });
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
      expect(issuer.fetches).toBe(1);
      issuer.down = false;
      await new Promise((resolve) => setTimeout(resolve, 450));
      const ok = await target.gql(PROVIDERS, undefined, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(issuer.fetches).toBe(2);
      // A bad token is still a 401, with the key set up.
      const forged = `${token.slice(0, -4)}AAAA`;
      expect((await target.gql(PROVIDERS, undefined, { authorization: `Bearer ${forged}` })).status).toBe(401);
    } finally {
      await target.close();
      await issuer.close();
    }
  });
});

describe('10.16 live mode: every provider is live, off, or explicitly simulated; no demo key', () => {
  const without = (prefix: string): Upstreams => ({
    ...upstreams,
    env: Object.fromEntries(Object.entries(upstreams.env).filter(([k]) => !k.startsWith(prefix))),
  });

  it('a provider left without credentials beside live ones stops the start, naming it', async () => {
    await expect(createLiveApp({ upstreams: without('LOGTO_') })).rejects.toThrow(/LOGTO: has no credentials while other providers are live/);
  });

  it('LOGTO_MODE=sandbox serves its simulator (said in `providers`), LOGTO_MODE=off leaves it out', async () => {
    const simulated = await createLiveApp({ upstreams: without('LOGTO_'), env: { LOGTO_MODE: 'sandbox' } });
    const off = await createLiveApp({ upstreams: without('LOGTO_'), env: { LOGTO_MODE: 'off' } });
    try {
      const a = await simulated.gql(graphql(`query GateHttpProviders2 { providers { provider mode } }`), undefined, simulated.bearer('admin'));
      expect(a.data!.providers).toEqual([
        { provider: 'APALEO', mode: 'LIVE' },
        { provider: 'AUTHRESS', mode: 'LIVE' },
        { provider: 'LOGTO', mode: 'SANDBOX' },
        { provider: 'LUMAPPS', mode: 'LIVE' },
      ]);
      const b = await off.gql(graphql(`query GateHttpProviders3 { providers { provider } }`), undefined, off.bearer('admin'));
      expect(b.data!.providers.map((p: { provider: string }) => p.provider)).not.toContain('LOGTO');
    } finally {
      await simulated.close();
      await off.close();
    }
  });

  it('<NAME>_MODE contradicting the credentials is refused', () => {
    expect(() => loadConfig({ ...upstreams.env, APALEO_MODE: 'sandbox' })).toThrow(/APALEO_MODE: sandbox, but APALEO_CLIENT_ID, APALEO_CLIENT_SECRET are set/);
    expect(() => loadConfig({ APALEO_MODE: 'live' })).toThrow(/APALEO_MODE: live needs its credentials/);
    expect(() => loadConfig({ APALEO_MODE: 'sandbox', APALEO_ENABLED: 'false' })).toThrow(/contradicts APALEO_ENABLED=false/);
  });

  it('the README’s demo key is refused in live mode and still works in the sandbox', async () => {
    const demo = JSON.stringify([{ name: 'demo', sha256: DEMO_API_KEY_SHA256, scopes: ['admin'] }]);
    expect(sha256Hex('idgraph-sandbox-demo')).toBe(DEMO_API_KEY_SHA256);
    await expect(createLiveApp({ upstreams, apiKeys: {}, env: { AUTH_API_KEYS: demo } })).rejects.toThrow(
      /demo key published in the README; it works only in the sandbox/,
    );
    const sandbox = createApp({ ...appOptionsFromConfig(loadConfig({ LOG_LEVEL: 'silent', AUTH_API_KEYS: demo, AUDIT_ENABLED: 'false' }), {}) });
    const r = await sandbox.fetch('http://idgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer idgraph-sandbox-demo' },
      body: json(PROVIDERS),
    });
    expect(r.status).toBe(200);
  });

  it('npm start states each provider’s mode, the explicit simulator loudly', async () => {
    const env: Record<string, string> = {
      ...without('LOGTO_').env,
      LOGTO_MODE: 'sandbox',
      AUTHRESS_MODE: 'off',
      AUTHRESS_BASE_URL: '',
      AUTHRESS_ACCESS_KEY: '',
      PORT: '0',
      LOG_LEVEL: 'silent',
    };
    env.AUTH_API_KEYS = JSON.stringify([{ name: 'ops', sha256: sha256Hex('ops-key-0123456789'), scopes: ['admin'] }]);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line in time:\n${out}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Try:')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('exit', () => reject(new Error(`exited:\n${out}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(out).toMatch(/in LIVE mode/);
    expect(out).toMatch(/apaleo\s+LIVE http:\/\/127\.0\.0\.1/);
    expect(out).toMatch(/authress\s+OFF/);
    expect(out).toMatch(/logto\s+SANDBOX \(simulator\) .*LOGTO_MODE=sandbox/);
  }, 30_000);
});

describe('10.17 and 12.14 logging of refused callers and client errors', () => {
  let logged: LiveApp;
  const lines: Record<keyof YogaLogger, unknown[][]> = { debug: [], info: [], warn: [], error: [] };
  const logger: YogaLogger = {
    debug: (...a) => lines.debug.push(a),
    info: (...a) => lines.info.push(a),
    warn: (...a) => lines.warn.push(a),
    error: (...a) => lines.error.push(a),
  };
  beforeAll(async () => {
    logged = await createLiveApp({ upstreams, logger, apiKeys: { reader: ['users:read', 'roles:read'] } });
  });
  afterAll(() => logged?.close());

  it('401, 403, a bad cursor, an unsupported list and a validation error go to debug, one line each, counted, no stack', async () => {
    expect((await logged.gql(PROVIDERS, undefined, { 'x-api-key': 'wrong' })).status).toBe(401);
    expect((await logged.gql(PROVIDERS)).status).toBe(401);
    const forbidden = await logged.gql(
      graphql(`query GateHttpInvitations { invitations(provider: APALEO) { totalCount } }`),
      undefined,
      logged.bearer('reader'),
    );
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const cursor = await logged.gql(
      graphql(`query GateHttpUsers { users(provider: APALEO, first: 1, after: "not-a-cursor") { totalCount } }`),
      undefined,
      logged.bearer('reader'),
    );
    expect(cursor.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const unsupported = await logged.gql(graphql(`query GateHttpRoles { roles(provider: LUMAPPS) { totalCount } }`), undefined, logged.bearer('reader'));
    expect(unsupported.errors![0]!.extensions!.code).toBe('UNSUPPORTED_OPERATION');
    await logged.gql('{ userz }' satisfies string, undefined, logged.bearer('reader'));
    expect(lines.error).toEqual([]);
    const debug = lines.debug.map((a) => a.join(' '));
    expect(debug.filter((l) => l.startsWith('caller refused: 401 UNAUTHENTICATED'))).toHaveLength(2);
    expect(debug.some((l) => l.startsWith('client error FORBIDDEN'))).toBe(true);
    expect(debug.some((l) => l.startsWith('client error BAD_USER_INPUT: after'))).toBe(true);
    expect(debug.some((l) => l.startsWith('client error UNSUPPORTED_OPERATION'))).toBe(true);
    expect(logged.stats.refusedCallers).toBe(2);
    expect(logged.stats.clientErrors).toBeGreaterThanOrEqual(3);
    for (const l of debug) expect(l).not.toMatch(/\n\s+at /);
  });

  it('a server-side failure (an upstream 500) is still logged at ERR', async () => {
    upstreams.apaleo!.server.faults.push({ route: 'users.list', kind: 'status', status: 500, times: 1 });
    const r = await logged.gql(graphql(`query GateHttpUsers2 { users(provider: APALEO, first: 1) { totalCount } }`), undefined, logged.bearer('reader'));
    expect(r.errors![0]!.extensions!.code).toBe('UPSTREAM_ERROR');
    expect(lines.error.length).toBeGreaterThan(0);
  });
});

it('ConfigError is what a refused start throws', () => {
  expect(() => loadConfig({ APALEO_MODE: 'live' })).toThrow(ConfigError);
});
