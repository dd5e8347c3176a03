/** Authress through GraphQL over HTTP against its simulator: every operation and documented error. */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graphql/global-id.js';
import type { AuthressSandbox } from '../../src/providers/authress/sandbox.js';
import type { SimServer } from '../../src/sandbox/server.js';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import type { AuthressTenantsPageQuery, AuthressUsersPageQuery } from '../gql/graphql.js';

let app: TestApp;
let sandbox: AuthressSandbox;
let sim: SimServer;

const userGid = (id: string) => encodeId('User', `authress:${id}`);
const tenantGid = (id: string) => encodeId('Tenant', `authress:${id}`);

beforeAll(async () => {
  app = await createTestApp({ HTTP_MAX_ATTEMPTS: '2' }, { providers: ['authress'] });
  sandbox = app.runtime.sandboxes.authress!;
  sim = sandbox.server;
});
afterAll(() => app.close());
afterEach(() => {
  sim.resetKnobs();
  sim.resetCounts();
  sandbox.rateLimitPerSecond = null;
  sandbox.tenantsPageSize = 5;
  sandbox.nullSelfLinks = false;
  sandbox.deleteDelayMs = 50;
});

const USERS = graphql(`query AuthressUsersPage($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
  users(provider: AUTHRESS, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    edges { cursor node { id providerId email displayName provider authress { picture } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`);

describe('users connection', () => {
  it('walks all 1,000 users with first: 100 in exactly 10 upstream list calls, each user once', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GqlResponse<AuthressUsersPageQuery> = await app.gql(USERS, { first: 100, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.users;
      for (const edge of conn.edges) {
        expect(seen.has(edge.node.providerId)).toBe(false);
        seen.add(edge.node.providerId);
      }
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(10);
    expect(seen.size).toBe(1000);
    expect(seen.size).toBe(sandbox.users.length);
    expect(sim.count('users.list')).toBe(10);
  });

  it('serves first larger than the Authress page by following cursors, and resumes mid-page', async () => {
    const res = await app.gql(USERS, { first: 250 });
    expect(res.data!.users.edges).toHaveLength(250);
    expect(res.data!.users.totalCount).toBeNull();
    expect(res.data!.users.pageInfo.hasNextPage).toBe(true);
    expect(sim.count('users.list')).toBe(3);
    const ids = res.data!.users.edges.map((e) => e.node.providerId);
    expect(ids).toEqual(sandbox.users.slice(0, 250).map((u) => u.userId));

    const mid = res.data!.users.edges[41]!.cursor;
    const next = await app.gql(USERS, { first: 5, after: mid });
    expect(next.data!.users.edges.map((e) => e.node.providerId)).toEqual(sandbox.users.slice(42, 47).map((u) => u.userId));
    expect(next.data!.users.pageInfo.hasPreviousPage).toBe(true);
    // One signed token for the page's 250 edge cursors (three upstream pages), each its index.
    const tokens = new Set(res.data!.users.edges.map((e) => e.cursor.slice(0, e.cursor.lastIndexOf('.'))));
    expect(tokens.size).toBe(1);
    for (const at of [99, 100, 230]) {
      const after = await app.gql(USERS, { first: 3, after: res.data!.users.edges[at]!.cursor });
      expect(after.data!.users.edges.map((e) => e.node.providerId)).toEqual(sandbox.users.slice(at + 1, at + 4).map((u) => u.userId));
    }
  });

  it('rejects last/before as forward-only, naming the argument', async () => {
    const last = await app.gql(USERS, { last: 5 });
    expect(last.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "last",
            "provider": "AUTHRESS",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "last: AUTHRESS paging is forward-only; use first and after",
          "path": [
            "users",
          ],
        },
      ]
    `);
    const before = await app.gql(USERS, { first: 5, before: 'x' });
    expect(before.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    expect(sim.count('users.list')).toBe(0);
  });

  it('filters by search and tenantId', async () => {
    const target = sandbox.users[123]!;
    const res = await app.gql(USERS, { first: 10, filter: { search: target.email.toUpperCase() } });
    expect(res.data!.users.edges.map((e) => e.node.email)).toEqual([target.email]);

    const tenantId = 'tenant-globex';
    const members = sandbox.usersOf(tenantId).map((u) => u.userId);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResponse<AuthressUsersPageQuery> = await app.gql(USERS, { first: 100, after, filter: { tenantId } });
      all.push(...page.data!.users.edges.map((e) => e.node.providerId));
      after = page.data!.users.pageInfo.hasNextPage ? page.data!.users.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual(members);
    expect(members.length).toBeGreaterThan(50);
  });

  it('rejects a filter Authress cannot honour, naming filter and provider', async () => {
    const res = await app.gql(USERS, { first: 5, filter: { propertyIds: ['BER'] } });
    expect(res.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "filter.propertyIds",
            "provider": "AUTHRESS",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "filter.propertyIds: is not supported by AUTHRESS; it supports search, tenantId",
          "path": [
            "users",
          ],
        },
      ]
    `);
    const bad = await app.gql(USERS, { first: 5, filter: { tenantId: 'not valid!' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.tenantId' });
    expect(sim.count('users.list')).toBe(0);
  });

  it('rejects a cursor from another query, and one Authress has expired', async () => {
    const first = await app.gql(USERS, { first: 3 });
    const cursor = first.data!.users.pageInfo.endCursor;
    const foreign = await app.gql(USERS, { first: 3, after: cursor, filter: { search: 'ada' } });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const page = await app.gql(USERS, { first: 100 });
    sandbox.cursorTtlMs = 1;
    try {
      const stale = await app.gql(USERS, { first: 100 });
      await sleep(5);
      const expired = await app.gql(USERS, { first: 5, after: (stale.data as any).users.pageInfo.endCursor });
      expect(expired.errors).toMatchInlineSnapshot(`
        [
          {
            "extensions": {
              "code": "BAD_USER_INPUT",
              "field": "after",
              "provider": "AUTHRESS",
            },
            "locations": [
              {
                "column": 3,
                "line": 3,
              },
            ],
            "message": "after: AUTHRESS no longer accepts this cursor (continuation cursors expire); start again from the first page",
            "path": [
              "users",
            ],
          },
        ]
      `);
    } finally {
      sandbox.cursorTtlMs = 60 * 60 * 1000;
    }
    expect(page.data!.users.edges).toHaveLength(100);
  });

  it('answers 429 as RATE_LIMITED after the client retried', async () => {
    sim.inject({ route: 'users.list', kind: 'status', status: 429 });
    const res = await app.gql(USERS, { first: 5 });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', provider: 'AUTHRESS', status: 429 });
    expect(sim.count('users.list')).toBe(2);
  });

  it('recovers from one 429 of the built-in rate limiter', async () => {
    sandbox.rateLimitPerSecond = 1;
    const results = await Promise.all([app.gql(USERS, { first: 1 }), app.gql(USERS, { first: 1 })]);
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length;
    const ok = results.filter((r) => !r.errors).length;
    expect(ok + limited).toBe(2);
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(sim.count('users.list')).toBeGreaterThanOrEqual(3);
  });
});

describe('user and node', () => {
  it('reads one user by id and by global id', async () => {
    const u = sandbox.users[7]!;
    const res = await app.gql(
      graphql(`query AuthressUser($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email displayName authress { picture } } }`),
      { id: u.userId },
    );
    expect(res.data!.user).toMatchObject({ providerId: u.userId, email: u.email, displayName: u.name, authress: { picture: u.picture } });
    const node = await app.gql(graphql(`query AuthressNode($id: ID!) { node(id: $id) { ... on User { providerId provider } } }`), { id: res.data!.user!.id });
    expect(node.data!.node).toEqual({ providerId: u.userId, provider: 'AUTHRESS' });
  });

  it('answers null for an unknown user and finds users by email', async () => {
    const res = await app.gql(graphql(`query AuthressUser2 { user(provider: AUTHRESS, id: "oauth2|nobody") { id } }`));
    expect(res.errors).toBeUndefined();
    expect(res.data!.user).toBeNull();
    const u = sandbox.users[300]!;
    const byEmail = await app.gql(graphql(`query AuthressUser3($e: String!) { user(provider: AUTHRESS, email: $e) { providerId } }`), {
      e: u.email.toUpperCase(),
    });
    expect(byEmail.data!.user!.providerId).toBe(u.userId);
  });

  it('signs a fresh token and repeats the call once when Authress answers 401', async () => {
    sim.inject({ route: 'users.get', kind: 'status', status: 401, times: 1 });
    const u = sandbox.users[9]!;
    const res = await app.gql(graphql(`query AuthressUser4($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }`), { id: u.userId });
    expect(res.data!.user).toEqual({ providerId: u.userId });
    expect(sim.count('users.get')).toBe(2);
  });

  it('reports a 500 as an upstream error naming the provider', async () => {
    sim.inject({ route: 'users.get', kind: 'status', status: 500, times: 1 });
    const res = await app.gql(graphql(`query AuthressUser5($id: String!) { user(provider: AUTHRESS, id: $id) { id } }`), { id: sandbox.users[0]!.userId });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'AUTHRESS', status: 500 });
  });
});

describe('tenants', () => {
  it('lists tenants with their Authress fields', async () => {
    const res = await app.gql(
      graphql(
        `query AuthressTenants { tenants(provider: AUTHRESS, first: 20) { totalCount pageInfo { hasNextPage } edges { node { id providerId name createdAt authress { lookupIdentifier domains connectionId } } } } }`,
      ),
    );
    // Two Authress pages (5 + 3): every tenant, and no total since Authress reports none.
    expect(res.data!.tenants.edges).toHaveLength(8);
    expect(res.data!.tenants.totalCount).toBeNull();
    expect(res.data!.tenants.pageInfo.hasNextPage).toBe(false);
    expect(res.data!.tenants.edges[0]!.node).toMatchObject({
      providerId: 'tenant-acme',
      name: 'Acme Corp',
      authress: { lookupIdentifier: 'acme', domains: ['acme.example.com'], connectionId: 'con_acme' },
    });
    expect(sim.count('tenants.list')).toBe(2);
  });

  it('follows pagination.next for tenants, with hasNextPage honest on every page', async () => {
    const PAGE = graphql(
      `query AuthressTenantsPage($after: String) { tenants(provider: AUTHRESS, first: 3, after: $after) { edges { node { providerId } } pageInfo { hasNextPage endCursor } } }`,
    );
    const seen: string[] = [];
    const more: boolean[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<AuthressTenantsPageQuery> = await app.gql(PAGE, { after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.tenants.edges.map((e) => e.node.providerId));
      more.push(res.data!.tenants.pageInfo.hasNextPage);
      if (!res.data!.tenants.pageInfo.hasNextPage) break;
      after = res.data!.tenants.pageInfo.endCursor;
    }
    expect(seen).toEqual([...sandbox.tenants.map((t) => t.tenantId)].sort());
    expect(more).toEqual([true, true, false]);
    // The first Authress page ends exactly at first: 5, and a next page exists.
    const five = await app.gql(graphql(`query AuthressTenants2 { tenants(provider: AUTHRESS, first: 5) { pageInfo { hasNextPage } } }`));
    expect(five.data!.tenants.pageInfo.hasNextPage).toBe(true);
    // One Authress page holding every tenant: then the total is known.
    sandbox.tenantsPageSize = 100;
    const whole = await app.gql(graphql(`query AuthressTenants3 { tenants(provider: AUTHRESS, first: 20) { totalCount } }`));
    expect(whole.data!.tenants.totalCount).toBe(8);
    const backwards = await app.gql(graphql(`query AuthressTenants4 { tenants(provider: AUTHRESS, last: 2) { totalCount } }`));
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });

  it('resolves a tenant by node id and lists its users (Tenant.users)', async () => {
    const res = await app.gql(
      graphql(`query AuthressNode2($id: ID!) { node(id: $id) { ... on Tenant { name users(first: 500) { edges { node { providerId } } } } } }`),
      {
        id: tenantGid('tenant-hooli'),
      },
    );
    expect(res.data!.node!.name).toBe('Hooli Corp');
    expect(res.data!.node!.users!.edges.map((e) => e.node.providerId)).toEqual(sandbox.usersOf('tenant-hooli').map((u) => u.userId));
    expect(sim.count('tenants.get')).toBe(1);
    const missing = await app.gql(graphql(`query AuthressNode3($id: ID!) { node(id: $id) { id } }`), { id: tenantGid('tenant-nope') });
    expect(missing.data!.node).toBeNull();
  });

  it('finds User.tenants with one tenants call and one walk per tenant, whatever the number of users', async () => {
    const res = await app.gql(
      graphql(`query AuthressUsers { users(provider: AUTHRESS, first: 100) { edges { node { providerId tenants { providerId name } } } } }`),
    );
    expect(res.errors).toBeUndefined();
    for (const edge of res.data!.users.edges) {
      const stored = sandbox.users.find((u) => u.userId === edge.node.providerId)!;
      expect(edge.node.tenants!.map((t) => t.providerId)).toEqual(stored.tenantId ? [stored.tenantId] : []);
    }
    // Tenants of the second Authress tenants page are found too.
    const placed = new Set(res.data!.users.edges.flatMap((e) => e.node.tenants!.map((t) => t.providerId)));
    expect(placed.has('tenant-wayne')).toBe(true);
    expect(sim.count('tenants.list')).toBe(2);
    expect(sim.count('tenants.get')).toBe(0);
    // 1 page of users + per tenant at most ceil(members / 100) pages.
    const perTenantPages = sandbox.tenants.reduce((sum, t) => sum + Math.ceil(sandbox.usersOf(t.tenantId).length / 100), 0);
    expect(sim.count('users.list')).toBeLessThanOrEqual(1 + perTenantPages);
    expect(sim.count('users.list')).toBeGreaterThanOrEqual(1 + sandbox.tenants.length);
  });

  it('starts the tenants walk with the users list when `tenants` is selected (one level, not two after the list), and not at all otherwise', async () => {
    sim.latencyMs = 150;
    const query = graphql(`query AuthressUsersAhead { users(provider: AUTHRESS, first: 10) { edges { node { providerId tenants { providerId } } } } }`);
    const pending = app.gql(query);
    // Halfway through the users list's 150 ms, the tenants list is already asked for.
    await new Promise((resolve) => setTimeout(resolve, 75));
    expect(sim.count('users.list')).toBe(1);
    expect(sim.count('tenants.list')).toBe(1);
    const res = await pending;
    expect(res.errors).toBeUndefined();
    for (const edge of res.data!.users.edges) {
      const stored = sandbox.users.find((u) => u.userId === edge.node.providerId)!;
      expect(edge.node.tenants!.map((t) => t.providerId)).toEqual(stored.tenantId ? [stored.tenantId] : []);
    }
    sim.resetCounts();
    const plain = await app.gql(graphql(`query AuthressUsersNoTenants { users(provider: AUTHRESS, first: 10) { edges { node { providerId } } } }`));
    expect(plain.errors).toBeUndefined();
    expect(sim.count('tenants.list')).toBe(0);
    expect(sim.count()).toBe(1);
  });

  it('keeps the users list when the tenants walk started ahead fails: the error is on `tenants`', async () => {
    sim.faults = [{ route: 'tenants.list', kind: 'status', status: 500, times: 10 }];
    const res = await app.gql(
      graphql(`query AuthressUsersAheadFails { users(provider: AUTHRESS, first: 5) { edges { node { providerId tenants { providerId } } } } }`),
    );
    expect(res.data!.users.edges).toHaveLength(5);
    expect(res.data!.users.edges.every((e) => e.node.tenants === null)).toBe(true);
    expect(res.errors!.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.path?.includes('tenants'))).toBe(true);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'AUTHRESS' });
  });

  it('batches tenants of many nodes through the tenants list, stopping once every id is found', async () => {
    const ids = ['tenant-acme', 'tenant-globex', 'tenant-acme', 'tenant-wayne', 'tenant-nope'].map(tenantGid);
    const res = await app.gql(graphql(`query AuthressNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }`), { ids });
    expect(res.data!.nodes.map((n) => n?.providerId ?? null)).toEqual(['tenant-acme', 'tenant-globex', 'tenant-acme', 'tenant-wayne', null]);
    expect(sim.count('tenants.list')).toBe(2);
    expect(sim.count('tenants.get')).toBe(0);
    sim.resetCounts();
    const early = await app.gql(graphql(`query AuthressNodes2($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }`), {
      ids: ['tenant-acme', 'tenant-hooli'].map(tenantGid),
    });
    expect(early.data!.nodes.map((n) => n!.providerId)).toEqual(['tenant-acme', 'tenant-hooli']);
    expect(sim.count('tenants.list')).toBe(1);
  });
});

describe('answers valid in the Authress OpenAPI document', () => {
  it('reads a userId longer than 128 characters, in the list and by id', async () => {
    const long = sandbox.users.find((u) => u.userId.length > 128)!;
    expect(long).toBeDefined();
    const page = await app.gql(USERS, { first: 10, filter: { search: 'long.identifier' } });
    expect(page.errors).toBeUndefined();
    expect(page.data!.users.edges.map((e) => e.node.providerId)).toEqual([long.userId]);
    const one = await app.gql(graphql(`query AuthressUser6($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email } }`), { id: long.userId });
    expect(one.errors).toBeUndefined();
    expect(one.data!.user).toMatchObject({ id: userGid(long.userId), providerId: long.userId, email: long.email });
    const node = await app.gql(graphql(`query AuthressNode4($id: ID!) { node(id: $id) { ... on User { providerId } } }`), { id: userGid(long.userId) });
    expect(node.data!.node).toEqual({ providerId: long.userId });
  });

  it('reads a collection whose links.self is null', async () => {
    sandbox.nullSelfLinks = true;
    const res = await app.gql(USERS, { first: 150 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.edges).toHaveLength(150);
  });
});

const DELETE = graphql(`mutation AuthressDeleteUser($id: ID!) { deleteUser(input: { id: $id }) {
  __typename
  ... on UserDeletion { pending user { providerId email } }
  ... on Error { code message }
  ... on NotFoundError { kind resourceId }
  ... on ForbiddenError { provider operation }
  ... on ValidationError { field }
} }`);

const ADD = graphql(`mutation AuthressAddUserToTenant($userId: ID!, $tenantId: ID!) { addUserToTenant(input: { userId: $userId, tenantId: $tenantId }) {
  __typename
  ... on User { providerId tenants { providerId } }
  ... on Error { code message }
  ... on NotFoundError { kind resourceId }
  ... on ForbiddenError { provider operation }
  ... on ValidationError { field }
} }`);

describe('deleteUser', () => {
  it('answers that the deletion is accepted and pending; the user disappears a moment later', async () => {
    // Long enough that a loaded CI machine still reads the user before it goes (50 ms, the default, was not).
    sandbox.deleteDelayMs = 600;
    const u = sandbox.users[500]!;
    const res = await app.gql(DELETE, { id: userGid(u.userId) });
    expect(res.data!.deleteUser).toEqual({ __typename: 'UserDeletion', pending: true, user: { providerId: u.userId, email: u.email } });
    expect(sim.count('users.delete')).toBe(1);
    const still = await app.gql(graphql(`query AuthressUser7($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }`), { id: u.userId });
    expect(still.data!.user).toEqual({ providerId: u.userId });
    await sleep(sandbox.deleteDelayMs + 30);
    const gone = await app.gql(graphql(`query AuthressUser8($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }`), { id: u.userId });
    expect(gone.data!.user).toBeNull();
  });

  it('answers typed errors: unknown user, forbidden, malformed id, wrong type', async () => {
    const unknown = await app.gql(DELETE, { id: userGid('oauth2|ghost') });
    expect(unknown.data!.deleteUser).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'User', resourceId: 'oauth2|ghost' });

    sim.inject({ route: 'users.delete', kind: 'status', status: 403, times: 1 });
    const forbidden = await app.gql(DELETE, { id: userGid(sandbox.users[1]!.userId) });
    expect(forbidden.data!.deleteUser).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', provider: 'AUTHRESS', operation: 'deleteUser' });
    expect(sandbox.users[1]).toBeDefined();

    const bad = await app.gql(DELETE, { id: 'garbage!' });
    expect(bad.data!.deleteUser).toMatchObject({ __typename: 'ValidationError', field: 'input.id' });
    const tenant = await app.gql(DELETE, { id: tenantGid('tenant-acme') });
    expect(tenant.data!.deleteUser).toMatchObject({ __typename: 'ValidationError', field: 'input.id' });
  });

  it('reports a 404 from the DELETE itself (already gone) as NotFoundError', async () => {
    sim.inject({ route: 'users.delete', kind: 'status', status: 404, times: 1 });
    const res = await app.gql(DELETE, { id: userGid(sandbox.users[2]!.userId) });
    expect(res.data!.deleteUser).toMatchObject({ __typename: 'NotFoundError', kind: 'User' });
  });
});

describe('addUserToTenant', () => {
  it('links a user to a tenant and answers the user with its new tenant', async () => {
    const u = sandbox.users.find((x) => x.tenantId !== 'tenant-tyrell')!;
    const res = await app.gql(ADD, { userId: userGid(u.userId), tenantId: tenantGid('tenant-tyrell') });
    expect(res.data!.addUserToTenant).toEqual({ __typename: 'User', providerId: u.userId, tenants: [{ providerId: 'tenant-tyrell' }] });
    expect(sim.count('tenants.linkUser')).toBe(1);
    const listed = await app.gql(USERS, { first: 500, filter: { tenantId: 'tenant-tyrell' } });
    expect(listed.data!.users.edges.map((e) => e.node.providerId)).toContain(u.userId);
  });

  it('answers typed errors: unknown user, unknown tenant, forbidden, mixed providers', async () => {
    const u = sandbox.users[3]!;
    const noUser = await app.gql(ADD, { userId: userGid('oauth2|ghost'), tenantId: tenantGid('tenant-acme') });
    expect(noUser.data!.addUserToTenant).toMatchObject({ __typename: 'NotFoundError', kind: 'User', resourceId: 'oauth2|ghost' });
    expect(sim.count('tenants.linkUser')).toBe(0);

    const noTenant = await app.gql(ADD, { userId: userGid(u.userId), tenantId: tenantGid('tenant-nowhere') });
    expect(noTenant.data!.addUserToTenant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'Tenant', resourceId: 'tenant-nowhere' });

    sim.inject({ route: 'tenants.linkUser', kind: 'status', status: 403, times: 1 });
    const forbidden = await app.gql(ADD, { userId: userGid(u.userId), tenantId: tenantGid('tenant-acme') });
    expect(forbidden.data!.addUserToTenant).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', operation: 'addUserToTenant' });

    const badTenant = await app.gql(ADD, { userId: userGid(u.userId), tenantId: tenantGid('bad tenant!') });
    expect(badTenant.data!.addUserToTenant).toMatchObject({ __typename: 'ValidationError', field: 'input.tenantId' });

    const mixed = await app.gql(ADD, { userId: userGid(u.userId), tenantId: encodeId('Tenant', 'apaleo:BER') });
    expect(mixed.data!.addUserToTenant).toMatchObject({ __typename: 'ValidationError', field: 'input.tenantId' });
  });
});

describe('providers', () => {
  it('lists Authress in sandbox mode with its capabilities and filters', async () => {
    const res = await app.gql(graphql(`query AuthressProviders { providers { provider mode capabilities userFilters } }`));
    const authress = res.data!.providers.find((p) => p.provider === 'AUTHRESS');
    expect(authress).toMatchObject({ mode: 'SANDBOX', userFilters: ['search', 'tenantId'] });
    expect(authress!.capabilities).toEqual(expect.arrayContaining(['LIST_USERS', 'DELETE_USER', 'ADD_USER_TO_TENANT', 'LIST_TENANTS']));
    expect(authress!.capabilities).not.toContain('BACKWARD_PAGING');
  });
});
