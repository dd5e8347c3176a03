import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/auth/authenticator.js';
import { checkCallerAuth, ConfigError, loadConfig } from '../src/config.js';
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ScopesPlugin, { needs } from '../src/graphql/auth.js';
import { schema } from '../src/graphql/public-schema.js';
import { createTestApp, type TestApp } from './helpers/app.js';

const KEYS = { reader: 'reader-key-0123456789', writer: 'writer-key-0123456789', inviter: 'inviter-key-0123456789', admin: 'admin-key-0123456789' };
const API_KEYS = JSON.stringify([
  { name: 'reader', sha256: sha256Hex(KEYS.reader), scopes: ['users:read', 'tenants:read'] },
  { name: 'writer', sha256: sha256Hex(KEYS.writer), scopes: ['users:write'] },
  { name: 'inviter', sha256: sha256Hex(KEYS.inviter), scopes: ['invitations:write', 'roles:read'] },
  { name: 'admin', sha256: sha256Hex(KEYS.admin).toUpperCase(), scopes: ['admin'] },
]);

async function call(app: TestApp, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) {
  const { status, text } = await app.raw(JSON.stringify({ query, variables }), headers);
  return { status, ...(JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

/** The `authScopes` a field declared (read back from the built schema), or undefined. */
function authScopesOf(type: GraphQLObjectType, field: string): unknown {
  return (type.getFields()[field]!.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
}

describe('scopes on the fields', () => {
  it('every Mutation and Query field declares its authScopes', () => {
    for (const root of [schema.getMutationType()!, schema.getQueryType()!]) {
      const open = Object.keys(root.getFields()).filter((f) => authScopesOf(root, f) === undefined);
      expect(open, root.name).toEqual([]);
    }
    expect(authScopesOf(schema.getMutationType()!, 'deleteUser')).toEqual({ scopes: ['users:write'] });
    expect(authScopesOf(schema.getQueryType()!, 'providers')).toEqual({ scopes: [] });
    expect(schema.getType('User')).toBeInstanceOf(GraphQLObjectType);
  });

  it('default deny: a root field without authScopes fails the schema build', () => {
    const build = (withScopes: boolean) => {
      const b = new SchemaBuilder<{ Context: { viewer: never }; AuthScopes: { scopes: string[] } }>({
        plugins: [ScopesPlugin, ScopeAuthPlugin],
        scopeAuth: { authScopes: () => ({ scopes: () => true }) },
      });
      b.queryType({ fields: (t) => ({ ok: t.boolean({ authScopes: needs(), resolve: () => true }) }) });
      b.mutationType({ fields: (t) => ({ wipe: t.boolean({ ...(withScopes ? { authScopes: needs('admin') } : {}), resolve: () => true }) }) });
      return b.toSchema();
    };
    expect(() => build(false)).toThrow(/Mutation\.wipe declares no authScopes/);
    expect(build(true).getMutationType()!.getFields().wipe).toBeDefined();
  });

  it('every field of a TYPE_SCOPES type checks the type’s read scope against the caller (once per field, not per object steps)', () => {
    const email = (schema.getType('User') as GraphQLObjectType).getFields().email!;
    const user = { kind: 'User', provider: 'apaleo', id: 'u1', email: 'a@b.c' };
    const viewer = (scopes: string[]) => ({ viewer: { kind: 'apiKey', subject: 'k', scopes: new Set(scopes) } });
    expect(() => email.resolve!(user, {}, viewer(['tenants:read']), {} as never)).toThrow(/users:read/);
    expect(email.resolve!(user, {}, viewer(['users:write']), { fieldName: 'email' } as never)).toBe('a@b.c');
  });
});

describe('API keys and scopes', () => {
  let app: TestApp;
  let ids: { user: string; role: string };
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    app = await createTestApp({ AUTH_API_KEYS: API_KEYS });
    const r = await call(
      app,
      '{ users(provider: APALEO, first: 1) { edges { node { id } } } roles(provider: APALEO, first: 1) { edges { node { id } } } }',
      undefined,
      bearer(KEYS.admin),
    );
    ids = { user: r.data.users.edges[0].node.id, role: r.data.roles.edges[0].node.id };
  });
  afterAll(() => app.close());

  it('no credential, a wrong key or a malformed header: 401 UNAUTHENTICATED and nothing sent upstream', async () => {
    const sim = app.runtime.simulators.apaleo!;
    sim.resetCounts();
    for (const headers of [{} as Record<string, string>, bearer('nope'), { authorization: 'Basic abc' }, { 'x-api-key': 'nope' }, bearer('a.b.c')]) {
      const r = await call(app, '{ users(provider: APALEO, first: 1) { totalCount } }', undefined, headers);
      expect(r.status).toBe(401);
      expect(r.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(r.data ?? null).toBeNull();
    }
    expect(sim.count()).toBe(0);
  });

  it('a read scope lets its reads through, by Bearer or X-API-Key', async () => {
    const a = await call(app, '{ users(provider: APALEO, first: 2) { edges { node { email tenants { providerId } } } } }', undefined, bearer(KEYS.reader));
    expect(a.errors).toBeUndefined();
    expect(a.data.users.edges).toHaveLength(2);
    const b = await call(app, '{ user(provider: APALEO, email: "nobody@example.com") { id } }', undefined, { 'x-api-key': KEYS.reader });
    expect(b.errors).toBeUndefined();
  });

  const forbidden = [
    { who: 'reader', key: KEYS.reader, query: '{ roles(provider: APALEO) { totalCount } }', needs: 'roles:read' },
    { who: 'reader', key: KEYS.reader, query: '{ invitations(provider: APALEO) { totalCount } }', needs: 'invitations:read' },
    { who: 'writer', key: KEYS.writer, query: '{ tenants(provider: APALEO) { totalCount } }', needs: 'tenants:read' },
    { who: 'inviter', key: KEYS.inviter, query: '{ currentUser(provider: APALEO) { id } }', needs: 'users:read' },
  ];
  for (const f of forbidden) {
    it(`${f.who} without ${f.needs}: FORBIDDEN naming the scope, nothing sent upstream`, async () => {
      const sim = app.runtime.simulators.apaleo!;
      sim.resetCounts();
      const r = await call(app, f.query, undefined, bearer(f.key));
      expect(r.status).toBe(200);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [f.needs] });
      expect(sim.count()).toBe(0);
    });
  }

  it('node(id) needs the read scope of the id’s type, checked before any upstream call', async () => {
    const sim = app.runtime.simulators.apaleo!;
    sim.resetCounts();
    const r = await call(app, 'query($id: ID!) { node(id: $id) { id } }', { id: ids.role }, bearer(KEYS.reader));
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['roles:read'] });
    expect(sim.count()).toBe(0);
    const ok = await call(app, 'query($id: ID!) { node(id: $id) { id } }', { id: ids.user }, bearer(KEYS.reader));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.node.id).toBe(ids.user);
  });

  it('a mutation without its write scope is FORBIDDEN and sends nothing upstream', async () => {
    const sim = app.runtime.simulators.apaleo!;
    sim.resetCounts();
    const update = 'mutation($id: ID!) { updateUser(input: { id: $id, firstName: "Ada" }) { __typename ... on Error { code } } }';
    const r = await call(app, update, { id: ids.user }, bearer(KEYS.reader));
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['users:write'] });
    const invite = 'mutation { createInvitation(input: { provider: APALEO, email: "x@example.com", isAccountAdmin: true }) { __typename } }';
    const r2 = await call(app, invite, undefined, bearer(KEYS.writer));
    expect(r2.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['invitations:write'] });
    expect(sim.count()).toBe(0);
  });

  it('users:write implies users:read and may update; admin may do everything', async () => {
    const update = 'mutation($id: ID!) { updateUser(input: { id: $id, firstName: "Ada" }) { __typename ... on User { firstName } } }';
    const r = await call(app, update, { id: ids.user }, bearer(KEYS.writer));
    expect(r.errors).toBeUndefined();
    expect(r.data.updateUser).toEqual({ __typename: 'User', firstName: 'Ada' });
    const all = await call(
      app,
      '{ roles(provider: APALEO) { totalCount } tenants(provider: APALEO) { totalCount } invitations(provider: APALEO) { totalCount } }',
      undefined,
      bearer(KEYS.admin),
    );
    expect(all.errors).toBeUndefined();
  });
});

describe('bearer JWT against a JWKS URL', () => {
  let server: Server;
  let jwks: { keys: JWK[] } = { keys: [] };
  let fetches = 0;
  let app: TestApp;
  let issuerUrl = '';
  const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};

  async function addKey(kid: string) {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    keys[kid] = { privateKey, jwk };
    return jwk;
  }
  const sign = (kid: string, claims: Record<string, unknown>, options: { audience?: string; expires?: string; issuer?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(options.issuer ?? issuerUrl)
      .setAudience(options.audience ?? 'idgraph')
      .setSubject('svc-42')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(keys[kid]!.privateKey);

  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    issuerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    jwks = { keys: [await addKey('k1')] };
    app = await createTestApp({ AUTH_JWT_ISSUER: issuerUrl, AUTH_JWT_AUDIENCE: 'idgraph', AUTH_JWKS_URL: `${issuerUrl}jwks.json`, AUTH_JWKS_COOLDOWN_MS: '0' });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const usersQuery = '{ users(provider: APALEO, first: 1) { totalCount } }';

  it('accepts a valid token and reads scopes from `scope`, `scp` or `permissions`', async () => {
    for (const claims of [{ scope: 'users:read openid' }, { scp: ['users:read'] }, { permissions: ['users:read'] }]) {
      const token = await sign('k1', claims);
      const r = await call(app, usersQuery, undefined, { authorization: `Bearer ${token}` });
      expect(r.errors).toBeUndefined();
    }
    const noScope = await call(app, usersQuery, undefined, { authorization: `Bearer ${await sign('k1', { scope: 'roles:read' })}` });
    expect(noScope.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a wrong audience, a wrong issuer, an expired or a tampered token with 401', async () => {
    const bad = [
      await sign('k1', { scope: 'admin' }, { audience: 'someone-else' }),
      await sign('k1', { scope: 'admin' }, { issuer: 'https://evil.example/' }),
      await sign('k1', { scope: 'admin' }, { expires: '-10m' }),
      (await sign('k1', { scope: 'users:read' })).replace(
        /\.([^.]+)\./,
        (_m, p: string) => `.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), scope: 'admin' })).toString('base64url')}.`,
      ),
    ];
    for (const token of bad) {
      const r = await call(app, usersQuery, undefined, { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('follows a key rotation: a token signed by a new key is accepted once the JWKS publishes it', async () => {
    const before = fetches;
    jwks = { keys: [await addKey('k2')] };
    const r = await call(app, usersQuery, undefined, { authorization: `Bearer ${await sign('k2', { scope: 'users:read' })}` });
    expect(r.errors).toBeUndefined();
    expect(fetches).toBeGreaterThan(before);
    const old = await call(app, usersQuery, undefined, { authorization: `Bearer ${await sign('k1', { scope: 'users:read' })}` });
    expect(old.status).toBe(401);
  });
});

describe('startup rules', () => {
  const live = { APALEO_CLIENT_ID: 'id', APALEO_CLIENT_SECRET: 'secret', AUTHRESS_MODE: 'off', LUMAPPS_MODE: 'off', LOGTO_MODE: 'off' };

  it('live mode without caller authentication does not start, unless explicitly allowed', () => {
    expect(() => checkCallerAuth(loadConfig(live))).toThrow(ConfigError);
    expect(() => checkCallerAuth(loadConfig(live))).toThrow(/IDGRAPH_ALLOW_UNAUTHENTICATED/);
    expect(checkCallerAuth(loadConfig({ ...live, IDGRAPH_ALLOW_UNAUTHENTICATED: 'true' })).warning).toMatch(/OFF in LIVE mode/);
    expect(checkCallerAuth(loadConfig({ ...live, AUTH_API_KEYS: API_KEYS })).warning).toBeNull();
  });

  it('sandbox mode runs without caller authentication, loudly', () => {
    expect(checkCallerAuth(loadConfig({})).warning).toMatch(/authentication is OFF \(sandbox mode\)/);
  });

  it('a half-set JWT configuration or a malformed key list names the variable', () => {
    expect(() => loadConfig({ AUTH_JWT_ISSUER: 'https://issuer.example/' })).toThrow(/AUTH_JWT_AUDIENCE: required[\s\S]*AUTH_JWKS_URL: required/);
    expect(() => loadConfig({ AUTH_API_KEYS: 'nope' })).toThrow(/AUTH_API_KEYS: must be JSON/);
    expect(() => loadConfig({ AUTH_API_KEYS: JSON.stringify([{ name: 'x', sha256: 'abc', scopes: ['users:read'] }]) })).toThrow(/AUTH_API_KEYS.0.sha256/);
    expect(() => loadConfig({ AUTH_API_KEYS: JSON.stringify([{ name: 'x', sha256: sha256Hex('k'), scopes: ['root'] }]) })).toThrow(
      /AUTH_API_KEYS.0.scopes.0: is not a known scope/,
    );
  });
});
