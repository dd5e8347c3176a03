import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApaleoSandbox } from '../../src/providers/apaleo/sandbox.js';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import type { PageQuery } from '../gql/graphql.js';

let app: TestApp;
let sandbox: ApaleoSandbox;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['apaleo'] });
  sandbox = app.runtime.sandboxes.apaleo!;
});
afterAll(() => app.close());

const PAGE = graphql(`
  query Page($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
    users(provider: APALEO, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges { cursor node { id providerId email } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`);

describe('users(provider: APALEO) paging', () => {
  it('walks forwards through every user once, with totalCount right', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GqlResponse<PageQuery> = await app.gql(PAGE, { first: 37, after });
      expect(res.errors).toBeUndefined();
      const users = res.data!.users;
      expect(users.totalCount).toBe(sandbox.users.length);
      seen.push(...users.edges.map((e) => e.node.providerId));
      pages += 1;
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(sandbox.users.length / 37));
    expect(seen).toEqual(sandbox.users.map((u) => u.subjectId));
  });

  it('walks backwards from the end with last/before, with no duplicates and no gaps', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: GqlResponse<PageQuery> = await app.gql(PAGE, { last: 45, before });
      expect(res.errors).toBeUndefined();
      const users = res.data!.users;
      seen.unshift(...users.edges.map((e) => e.node.providerId));
      if (!users.pageInfo.hasPreviousPage) break;
      before = users.pageInfo.startCursor;
    }
    expect(seen).toEqual(sandbox.users.map((u) => u.subjectId));
  });

  it('serves a first beyond the largest Apaleo page from concurrent upstream pages', async () => {
    sandbox.server.resetCounts();
    const res = await app.gql(PAGE, { first: 500 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.edges).toHaveLength(sandbox.users.length);
    expect(res.data!.users.pageInfo.hasNextPage).toBe(false);
    // Every page the window needs, asked at once (pages past the end answer 204).
    expect(sandbox.server.count('users.list')).toBe(5);
  });

  it('the critical path (issue 15): identical lists share one call, roles cost none, first: 250 asks its three pages at once', async () => {
    const W1 = 'users(provider: APALEO, first: 20) { edges { node { id email } } }';
    sandbox.server.resetCounts();
    const aliases = await app.gql<Record<'a' | 'b' | 'c' | 'd' | 'e', { edges: { node: { id: string; email: string | null } }[] }>>(
      `{ a: ${W1} b: ${W1} c: ${W1} d: ${W1} e: ${W1} }`,
    );
    expect(aliases.errors).toBeUndefined();
    expect(aliases.data!.e.edges).toEqual(aliases.data!.a.edges);
    expect(sandbox.server.count('users.list')).toBe(1);

    sandbox.server.resetCounts();
    const roles = await app.gql(graphql(`query ApaleoUsersUsers { users(provider: APALEO, first: 20) { edges { node { id roles { name } } } } }`));
    expect(roles.errors).toBeUndefined();
    expect(sandbox.server.count()).toBe(1);

    sandbox.server.resetCounts();
    const big = await app.gql(graphql(`query ApaleoUsersUsers2 { users(provider: APALEO, first: 250) { edges { node { id providerId } } } }`));
    expect(big.errors).toBeUndefined();
    expect(big.data!.users.edges.map((e) => e.node.providerId)).toEqual(sandbox.users.slice(0, 250).map((u) => u.subjectId));
    // Three pages of 84 (the fewest pages of at most 100, fetching the fewest items), asked at once
    // (test/domain/paging.test.ts shows they are in flight together).
    expect(sandbox.server.count('users.list')).toBe(3);
  });

  it('pages inside a window that straddles upstream pages', async () => {
    const first = await app.gql(PAGE, { first: 95 });
    const next = await app.gql(PAGE, { first: 10, after: first.data!.users.pageInfo.endCursor });
    expect(next.data!.users.edges.map((e) => e.node.providerId)).toEqual(sandbox.users.slice(95, 105).map((u) => u.subjectId));
    expect(next.data!.users.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('filters by property, email and status, and sorts', async () => {
    const byProperty = await app.gql(PAGE, { first: 500, filter: { propertyIds: ['PAR'] } });
    const expected = sandbox.users.filter((u) => u.properties.some((p) => p.id === 'PAR'));
    expect(byProperty.data!.users.totalCount).toBe(expected.length);

    const target = sandbox.users[42]!;
    const byEmail = await app.gql(PAGE, { first: 5, filter: { email: target.email.toUpperCase() } });
    expect(byEmail.data!.users.edges.map((e) => e.node.providerId)).toEqual([target.subjectId]);

    const disabled = await app.gql(PAGE, { first: 500, filter: { status: 'DISABLED' } });
    expect(disabled.data!.users.totalCount).toBe(sandbox.users.filter((u) => !u.enabled).length);

    const sorted = await app.gql(PAGE, { first: 20, filter: { sort: ['EMAIL_DESC'] } });
    const emails = sorted.data!.users.edges.map((e) => e.node.email!.toLowerCase());
    expect(emails).toEqual([...emails].sort().reverse());
  });

  it('rejects a filter Apaleo cannot honour, naming the filter and the provider', async () => {
    const res = await app.gql(PAGE, { first: 5, filter: { search: 'ada' } });
    expect(res.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "filter.search",
            "provider": "APALEO",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "filter.search: is not supported by APALEO; it supports propertyIds, email, status, sort",
          "path": [
            "users",
          ],
        },
      ]
    `);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 501 }, 'first'],
    [{ last: -3 }, 'last'],
    [{ first: 2, last: 2 }, 'last'],
    [{ first: 2, after: 'not-a-cursor' }, 'after'],
    [{ last: 2, before: 'c1.bm9wZQ' }, 'before'],
  ])('rejects bad paging arguments %j', async (variables, field) => {
    const res = await app.gql(PAGE, variables);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a cursor issued for another filter or list', async () => {
    const parisOnly = await app.gql(PAGE, { first: 2, filter: { propertyIds: ['PAR'] } });
    const foreign = await app.gql(PAGE, { first: 2, after: parisOnly.data!.users.pageInfo.endCursor });
    expect(foreign.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "after",
            "provider": "APALEO",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "after: belongs to a different list, provider or filter than this users query",
          "path": [
            "users",
          ],
        },
      ]
    `);

    const roles = await app.gql(graphql(`query ApaleoUsersRoles { roles(provider: APALEO, first: 1) { pageInfo { endCursor } } }`));
    const fromRoles = await app.gql(PAGE, { first: 2, after: roles.data!.roles.pageInfo.endCursor });
    expect(fromRoles.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('rejects a bad email and an unknown enum value with a code', async () => {
    const badEmail = await app.gql(PAGE, { first: 1, filter: { email: 'not-an-email' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.email' });
    // @ts-expect-error SLEEPING is no UserStatus: invalid on purpose
    const badEnum = await app.gql(PAGE, { first: 1, filter: { status: 'SLEEPING' } });
    expect(badEnum.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
          },
          "locations": [
            {
              "column": 74,
              "line": 2,
            },
          ],
          "message": "Variable "$filter" got invalid value "SLEEPING" at "filter.status"; Value "SLEEPING" does not exist in "UserStatus" enum.",
        },
      ]
    `);
  });
});

describe('user, currentUser, node and nodes (APALEO)', () => {
  const USER = graphql(`query ApaleoUsersUser($id: String, $email: String) { user(provider: APALEO, id: $id, email: $email) {
    id providerId email firstName status enabled roles { providerId } tenants { providerId }
    apaleo { isAccountAdmin isMfaEnabled isPasskeysEnabled propertyRoles { tenant { providerId } roles { providerId } } } } }`);

  it('reads one user by id with roles and properties', async () => {
    const stored = sandbox.users[5]!;
    const res = await app.gql(USER, { id: stored.subjectId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.user).toMatchObject({
      providerId: stored.subjectId,
      email: stored.email,
      status: stored.enabled ? 'ENABLED' : 'DISABLED',
      tenants: stored.properties.map((p) => ({ providerId: p.id })),
      apaleo: { isAccountAdmin: stored.isAccountAdmin, isPasskeysEnabled: null },
    });
    const roles = new Set(stored.properties.flatMap((p) => p.roles));
    expect(new Set(res.data!.user!.roles!.map((r) => r.providerId))).toEqual(roles);
  });

  it('finds a user by email, case-insensitively', async () => {
    const stored = sandbox.users[7]!;
    const res = await app.gql(USER, { email: stored.email.toUpperCase() });
    expect(res.data!.user!.providerId).toBe(stored.subjectId);
  });

  it('answers null for an unknown user and BAD_USER_INPUT for a bad email or both arguments', async () => {
    const unknown = await app.gql(USER, { id: '00000000-0000-4000-a000-000000000000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.user).toBeNull();
    const bad = await app.gql(USER, { email: 'nope' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const both = await app.gql(USER, { id: 'x', email: 'a@b.example.com' });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers the current user', async () => {
    const res = await app.gql(graphql(`query ApaleoUsersCurrentUser { currentUser(provider: APALEO) { providerId email apaleo { isAccountAdmin } } }`));
    expect(res.data!.currentUser).toEqual({ providerId: sandbox.users[0]!.subjectId, email: sandbox.users[0]!.email, apaleo: { isAccountAdmin: true } });
  });

  it('round-trips users, invitations, roles and tenants through node and nodes', async () => {
    const res = await app.gql(
      graphql(`query ApaleoUsersUsers3 {
      users(provider: APALEO, first: 2) { edges { node { id } } }
      invitations(provider: APALEO, first: 1) { edges { node { id } } }
      roles(provider: APALEO, first: 1) { edges { node { id } } }
      tenants(provider: APALEO, first: 1) { edges { node { id } } }
    }`),
    );
    expect(res.errors).toBeUndefined();
    const ids = (['users', 'invitations', 'roles', 'tenants'] as const).flatMap((k) => res.data![k].edges.map((e) => e.node.id as string));
    const nodes = await app.gql(graphql(`query ApaleoUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`), { ids });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes.map((n) => n!.id)).toEqual(ids);
    expect(nodes.data!.nodes.map((n) => n!.__typename)).toEqual(['User', 'User', 'Invitation', 'Role', 'Tenant']);
    const one = await app.gql(graphql(`query ApaleoUsersNode($id: ID!) { node(id: $id) { ... on User { email } } }`), { id: ids[0]! });
    expect(one.data!.node!.email).toBeTruthy();
  });

  it('answers null for a well-formed id of a missing object and BAD_USER_INPUT for a forged one', async () => {
    const missing = Buffer.from('User:apaleo:00000000-0000-4000-a000-000000000000').toString('base64url');
    const res = await app.gql(graphql(`query ApaleoUsersNode2($id: ID!) { node(id: $id) { id } }`), { id: missing });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
    for (const forged of ['garbage!', Buffer.from('Spaceship:apaleo:1').toString('base64url'), Buffer.from('User:okta:1').toString('base64url')]) {
      const bad = await app.gql(graphql(`query ApaleoUsersNode3($id: ID!) { node(id: $id) { id } }`), { id: forged });
      expect(bad.errors?.[0]?.extensions?.code, forged).toBe('BAD_USER_INPUT');
    }
  });

  it('resolves the roles of 100 users without a roles call (documented role ids are named locally)', async () => {
    sandbox.server.resetCounts();
    const res = await app.gql(
      graphql(
        `query ApaleoUsersUsers4 { users(provider: APALEO, first: 100) { edges { node { roles { name } apaleo { propertyRoles { roles { name } } } } } } }`,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.edges.some((e) => e.node.roles!.some((r) => r.name !== null && r.name.length > 0))).toBe(true);
    expect(sandbox.server.count('roles.list')).toBe(0);
    expect(sandbox.server.count('users.list')).toBe(1);
  });
});

describe('roles and tenants (APALEO)', () => {
  it('lists every Apaleo role', async () => {
    const res = await app.gql(
      graphql(`query ApaleoUsersRoles2 { roles(provider: APALEO, first: 50) { totalCount edges { node { providerId name description } } } }`),
    );
    expect(res.data!.roles.totalCount).toBe(11);
    expect(res.data!.roles.edges.map((e) => e.node.providerId)).toContain('FrontDeskSenior');
  });

  it('lists the properties as tenants, with their users', async () => {
    const res = await app.gql(
      graphql(`query ApaleoUsersTenants { tenants(provider: APALEO) { totalCount edges { node { providerId name users(first: 3) { totalCount } } } } }`),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.tenants.edges.map((e) => e.node.providerId)).toEqual(['BER', 'HAM', 'LND', 'MUC', 'PAR']);
    const ber = res.data!.tenants.edges[0]!.node;
    expect(ber.users.totalCount).toBe(sandbox.users.filter((u) => u.properties.some((p) => p.id === 'BER')).length);
  });
});
