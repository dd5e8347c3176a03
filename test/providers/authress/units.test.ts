/** Pure pieces: wire schemas, mapping, paging cursors, config, and the simulator's wire answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { decodeCursor } from '../../../src/domain/paging.js';
import { signServiceClientToken } from '../../../src/providers/authress/auth.js';
import { describeAuthressError } from '../../../src/providers/authress/adapter.js';
import { toTenant, toUser } from '../../../src/providers/authress/map.js';
import { nextCursor, pageUsers } from '../../../src/providers/authress/paging.js';
import { AuthressSandbox } from '../../../src/providers/authress/sandbox.js';
import { TenantCollection, UserIdentityCollection } from '../../../src/providers/authress/wire.js';

describe('wire', () => {
  it('parses a documented users collection, with and without a next page', () => {
    const page = UserIdentityCollection.parse({
      users: [{ userId: 'oauth|1', name: 'Ada', email: 'ada@example.com', picture: 'https://x/p.png', extra: 1 }],
      pagination: { next: { cursor: 'abc' } },
      links: { self: { href: 'https://a/v1/users' }, next: { href: 'https://a/v1/users?cursor=abc', rel: 'next' } },
    });
    expect(nextCursor(page)).toBe('abc');
    expect(nextCursor(UserIdentityCollection.parse({ users: [], links: { self: { href: 'x' } } }))).toBeNull();
  });
  it('rejects drift: a users body without links, or a user without userId', () => {
    expect(UserIdentityCollection.safeParse({ users: [] }).success).toBe(false);
    expect(UserIdentityCollection.safeParse({ users: [{ name: 'x' }], links: { self: { href: 'x' } } }).success).toBe(false);
    expect(TenantCollection.safeParse({ connections: [] }).success).toBe(false);
  });
  it('accepts what AU-OAS allows: links.self null, a userId over 128 characters, a long tenant id', () => {
    const long = `samlp|${'x'.repeat(200)}`;
    const page = UserIdentityCollection.parse({ users: [{ userId: long }], links: { self: null } });
    expect(page.users[0]!.userId).toBe(long);
    expect(TenantCollection.parse({ tenants: [{ tenantId: 't'.repeat(140) }], pagination: { next: { cursor: 'c' } } }).pagination?.next?.cursor).toBe('c');
  });
  it('reads title and errorCode of error bodies, tolerating anything else', () => {
    expect(describeAuthressError(404, { errorCode: 'NotFound', title: 'Gone' })).toEqual({ code: 'NotFound', message: 'Gone' });
    expect(describeAuthressError(500, 'oops')).toEqual({});
  });
});

describe('map', () => {
  it('maps a UserIdentity without guessing names or tenants', () => {
    expect(toUser({ userId: 'oauth|1', name: ' Ada Lovelace ', email: 'a@x.io', picture: null })).toEqual({
      kind: 'User',
      provider: 'authress',
      id: 'oauth|1',
      email: 'a@x.io',
      firstName: null,
      lastName: null,
      displayName: 'Ada Lovelace',
      status: null,
      createdAt: null,
      roleIds: [],
      tenantIds: [],
      authress: { picture: null },
    });
    expect(toUser({ userId: 'x' }).displayName).toBeNull();
  });
  it('maps a Tenant', () => {
    const tenant = toTenant({
      tenantId: 't1',
      data: { name: 'T One' },
      domains: [{ domain: 'a.io' }],
      createdTime: '2025-01-02T03:04:05Z',
      tenantLookupIdentifier: null,
    });
    expect(tenant).toMatchObject({
      id: 't1',
      name: 'T One',
      createdAt: new Date('2025-01-02T03:04:05Z'),
      authress: { domains: ['a.io'], connectionId: null, lookupIdentifier: null },
    });
    expect(toTenant({ tenantId: 't2', createdTime: 'not a date' }).createdAt).toBeNull();
  });
});

describe('paging', () => {
  const items = Array.from({ length: 230 }, (_, i) => i);
  const calls: { cursor: string | null; limit: number }[] = [];
  const fetch = async (cursor: string | null, limit: number) => {
    calls.push({ cursor, limit });
    const start = cursor == null ? 0 : Number(cursor);
    const slice = items.slice(start, start + limit);
    return { items: slice, next: start + limit < items.length ? String(start + limit) : null };
  };

  it('follows upstream cursors for a first beyond the page, with resumable edge cursors', async () => {
    calls.length = 0;
    const page = await pageUsers({}, { first: 150 }, fetch);
    expect(page.edges.map((e) => e.node)).toEqual(items.slice(0, 150));
    expect(calls).toEqual([
      { cursor: null, limit: 100 },
      { cursor: '100', limit: 50 },
    ]);
    expect(page.hasNextPage).toBe(true);
    const rest = await pageUsers({}, { first: 500, after: page.edges[149]!.cursor }, fetch);
    expect(rest.edges.map((e) => e.node)).toEqual(items.slice(150));
    expect(rest.hasNextPage).toBe(false);
  });

  it('binds cursors to the filter and rejects backward paging', async () => {
    const page = await pageUsers({ search: 'a' }, { first: 2 }, fetch);
    expect(() => decodeCursor('after', page.edges[0]!.cursor, { provider: 'authress', list: 'users', filter: {} })).toThrow(/different/);
    await expect(pageUsers({}, { last: 2 }, fetch)).rejects.toThrow(/forward-only/);
  });
});

describe('config', () => {
  const key = 'sc_x.k1.acc-1.MC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  it('runs in sandbox without credentials, live with both, off when disabled', () => {
    expect(loadConfig({}).providers.authress).toEqual({ mode: 'sandbox' });
    expect(loadConfig({ AUTHRESS_ENABLED: 'false' }).providers.authress).toEqual({ mode: 'off' });
    const live = loadConfig({
      AUTHRESS_ACCESS_KEY: key,
      AUTHRESS_BASE_URL: 'https://acc-1.api.authress.io',
      APALEO_MODE: 'off',
      LOGTO_MODE: 'off',
      LUMAPPS_MODE: 'off',
    }).providers.authress;
    expect(live).toMatchObject({ mode: 'live', baseUrl: 'https://acc-1.api.authress.io', accessKey: { clientId: 'sc_x', keyId: 'k1', accountId: 'acc-1' } });
  });
  it('names the missing half and a malformed key', () => {
    expect(() => loadConfig({ AUTHRESS_ACCESS_KEY: key })).toThrow(/AUTHRESS_BASE_URL/);
    expect(() => loadConfig({ AUTHRESS_BASE_URL: 'https://a.api.authress.io' })).toThrow(/AUTHRESS_ACCESS_KEY/);
    expect(() => loadConfig({ AUTHRESS_ACCESS_KEY: 'nope', AUTHRESS_BASE_URL: 'https://a.io' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTHRESS_ACCESS_KEY: key, AUTHRESS_BASE_URL: 'not a url' })).toThrow(/AUTHRESS_BASE_URL/);
  });
});

describe('simulator wire answers', () => {
  let sandbox: AuthressSandbox;
  let baseUrl: string;
  let auth: Record<string, string>;
  beforeAll(async () => {
    sandbox = new AuthressSandbox({ users: 30 });
    baseUrl = await sandbox.start();
    auth = { authorization: `Bearer ${await signServiceClientToken(baseUrl, sandbox.accessKey)}` };
  });
  afterAll(() => sandbox.stop());

  it('answers application/links+json collections with pagination and links', async () => {
    const response = await fetch(`${baseUrl}/v1/users?limit=10`, { headers: auth });
    expect(response.headers.get('content-type')).toBe('application/links+json');
    const body = UserIdentityCollection.parse(await response.json());
    expect(body.users).toHaveLength(10);
    expect(body.links.next?.href).toContain(`cursor=${encodeURIComponent(body.pagination!.next!.cursor)}`);
  });

  it('validates limit, tenantId and cursors with 400 { errorCode, title }', async () => {
    for (const query of ['limit=0', 'limit=101', 'tenantId=bad%20id', 'cursor=forged.cursor', `filter=${'x'.repeat(65)}`]) {
      const response = await fetch(`${baseUrl}/v1/users?${query}`, { headers: auth });
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ errorCode: expect.any(String), title: expect.any(String) });
    }
  });

  it('pages GET /v1/tenants with pagination.next.cursor sent back as ?cursor=', async () => {
    sandbox.tenantsPageSize = 3;
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: Response = await fetch(`${baseUrl}/v1/tenants${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: auth });
      expect(response.status).toBe(200);
      const body = TenantCollection.parse(await response.json());
      ids.push(...body.tenants.map((t) => t.tenantId));
      cursor = body.pagination?.next?.cursor ?? null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(ids).toEqual(sandbox.tenants.map((t) => t.tenantId).sort());
    const forged = await fetch(`${baseUrl}/v1/tenants?cursor=forged.cursor`, { headers: auth });
    expect(forged.status).toBe(400);
    sandbox.tenantsPageSize = 5;
  });

  it('answers 202 to DELETE and 204 to a tenant link', async () => {
    const userId = sandbox.users[0]!.userId;
    const del = await fetch(`${baseUrl}/v1/users/${encodeURIComponent(userId)}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(202);
    const link = await fetch(`${baseUrl}/v1/tenants/tenant-acme/users`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: sandbox.users[1]!.userId }),
    });
    expect(link.status).toBe(204);
    expect(sandbox.users[1]!.tenantId).toBe('tenant-acme');
  });
});
