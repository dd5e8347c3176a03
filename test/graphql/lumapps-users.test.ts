/** users / user / node / currentUser for LUMAPPS, GraphQL over HTTP against the LumApps simulator. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LUMAPPS_FEEDS, LUMAPPS_SANDBOX, type LumappsSandbox } from '../../src/providers/lumapps/sandbox.js';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import type { LumappsUsersListQuery, UserFilter } from '../gql/graphql.js';

let app: TestApp;
let sim: LumappsSandbox;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['lumapps'] });
  sim = app.runtime.sandboxes.lumapps!;
});
afterAll(() => app.close());
afterEach(() => {
  sim.server.resetKnobs();
  sim.rateLimitPerSecond = null;
});

const LIST = graphql(`query LumappsUsersList($filter: UserFilter, $first: Int, $after: String) {
  users(provider: LUMAPPS, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { providerId email status createdAt lumapps { accountType isHidden } } }
  }
}`);

type ListPage = LumappsUsersListQuery['users'];
type Node = ListPage['edges'][number]['node'];

/** Walks the whole list in pages of `first`; answers every node and the number of GraphQL pages. */
async function walk(filter: UserFilter | null, first = 200): Promise<{ nodes: Node[]; pages: number }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const r: GqlResponse<LumappsUsersListQuery> = await app.gql(LIST, { filter, first, after });
    expect(r.errors).toBeUndefined();
    pages += 1;
    const users: ListPage = r.data!.users;
    nodes.push(...users.edges.map((e) => e.node));
    if (!users.pageInfo.hasNextPage) return { nodes, pages };
    after = users.pageInfo.endCursor;
  }
}

const visible = () => sim.users.filter((u) => u.wire.isHidden !== true);
const ids = (list: { wire: { uid: string } }[]) => list.map((u) => u.wire.uid).sort();

describe('users(provider: LUMAPPS)', () => {
  it('seeds at least 500 users of four account types, some hidden, some disabled, in 10 feeds', () => {
    expect(sim.users.length).toBeGreaterThanOrEqual(500);
    for (const type of ['google', 'microsoft', 'okta', 'external']) expect(sim.users.some((u) => u.wire.accountType === type)).toBe(true);
    expect(sim.users.some((u) => u.wire.isHidden === true)).toBe(true);
    expect(sim.users.some((u) => u.wire.status === 'disabled')).toBe(true);
    expect(new Set(sim.users.flatMap((u) => u.feeds)).size).toBe(10);
  });

  it('answers the first page with no total and forward-only page info', async () => {
    const r = await app.gql(LIST, { first: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.users.edges).toHaveLength(5);
    expect(r.data!.users.totalCount).toBeNull();
    expect(r.data!.users.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(r.data!.users.edges[0]!.node.createdAt).toMatch(/Z$/);
  });

  it('walks every visible user exactly once with first/after, hidden users left out by default', async () => {
    sim.server.resetCounts();
    const { nodes } = await walk(null, 200);
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(visible()));
    expect(new Set(nodes.map((n) => n.providerId)).size).toBe(nodes.length);
    expect(nodes.some((n) => n.lumapps!.isHidden)).toBe(false);
    // 200 per GraphQL page = two upstream pages of 100 each.
    expect(sim.server.count('user.list')).toBe(Math.ceil(nodes.length / 100));
  });

  it('includeHidden: true adds the hidden users (showHidden)', async () => {
    const { nodes } = await walk({ includeHidden: true }, 500);
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(sim.users));
    expect(nodes.some((n) => n.lumapps!.isHidden)).toBe(true);
  });

  it('status filters enabled or disabled users', async () => {
    const { nodes } = await walk({ status: 'DISABLED' }, 500);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'DISABLED')).toBe(true);
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(visible().filter((u) => u.wire.status === 'disabled')));
    const enabled = await walk({ status: 'ENABLED' }, 500);
    expect(enabled.nodes.length + nodes.length).toBe(visible().length);
  });

  it('accountTypes filters by account type (types), case-insensitively', async () => {
    const { nodes } = await walk({ accountTypes: ['External', 'okta'] }, 500);
    expect(new Set(nodes.map((n) => n.lumapps!.accountType))).toEqual(new Set(['external', 'okta']));
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(visible().filter((u) => ['external', 'okta'].includes(String(u.wire.accountType)))));
  });

  it('groupIds filters members of any of the feeds (feeds)', async () => {
    const feeds = [LUMAPPS_FEEDS[2]!, LUMAPPS_FEEDS[7]!];
    const { nodes } = await walk({ groupIds: feeds }, 500);
    const expected = visible().filter((u) => u.feeds.some((f) => feeds.includes(f)));
    expect(expected.length).toBeLessThan(visible().length);
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(expected));
  });

  it('registeredWithinDays filters by registration date (registeredSince)', async () => {
    const { nodes } = await walk({ registeredWithinDays: 90 }, 500);
    const since = Date.now() - 90 * 86_400_000;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThan(visible().length);
    expect(nodes.every((n) => new Date(n.createdAt!).getTime() >= since - 1000)).toBe(true);
  });

  it('search matches names and emails (query)', async () => {
    const { nodes } = await walk({ search: 'lovelace' }, 500);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.email!.toLowerCase().includes('lovelace'))).toBe(true);
  });

  it('combines filters', async () => {
    const { nodes } = await walk({ accountTypes: ['google'], status: 'ENABLED', includeHidden: true, groupIds: [LUMAPPS_FEEDS[0]!] }, 500);
    const expected = sim.users.filter((u) => u.wire.accountType === 'google' && u.wire.status === 'enabled' && u.feeds.includes(LUMAPPS_FEEDS[0]!));
    expect(nodes.map((n) => n.providerId).sort()).toEqual(ids(expected));
  });

  it('an empty result is an empty connection ({"more": false} upstream)', async () => {
    const r = await app.gql(LIST, { filter: { search: 'nobody-has-this-name' } });
    expect(r.data!.users).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('rejects unknown account types, empty group lists and filters LumApps cannot honour, naming the field', async () => {
    const bad = await app.gql(LIST, { filter: { accountTypes: ['ldap'] } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.accountTypes', provider: 'LUMAPPS' } });
    const empty = await app.gql(LIST, { filter: { groupIds: [] } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.groupIds' });
    const unsupported = await app.gql(LIST, { filter: { propertyIds: ['BER'] } });
    expect(unsupported.errors?.[0]?.message).toMatch(/filter.propertyIds: is not supported by LUMAPPS/);
  });

  it('last and before answer that LumApps paging is forward-only', async () => {
    const last = await app.gql(graphql(`query LumappsUsersUsers { users(provider: LUMAPPS, last: 5) { edges { cursor } } }`));
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'last' } });
    expect(last.errors?.[0]?.message).toMatch(/LUMAPPS paging is forward-only/);
    const before = await app.gql(graphql(`query LumappsUsersUsers2 { users(provider: LUMAPPS, first: 5, before: "c1.x") { edges { cursor } } }`));
    expect(before.errors?.[0]?.message).toMatch(/before: LUMAPPS paging is forward-only/);
  });

  it('rejects tampered cursors and cursors of another filter', async () => {
    const tampered = await app.gql(LIST, { after: 'c1.bm9wZQ' });
    expect(tampered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const page = await app.gql(LIST, { first: 2 });
    const foreign = await app.gql(LIST, { first: 2, after: page.data!.users.pageInfo.endCursor, filter: { status: 'ENABLED' } });
    expect(foreign.errors?.[0]?.message).toMatch(/after: belongs to a different list, provider or filter/);
  });

  it('rejects a registeredWithinDays below 1, naming the field', async () => {
    const r = await app.gql(LIST, { filter: { registeredWithinDays: 0 } });
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "filter.registeredWithinDays",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "filter.registeredWithinDays: Too small: expected number to be >=1",
          "path": [
            "users",
          ],
        },
      ]
    `);
  });

  it('rejects first outside 1..500', async () => {
    for (const first of [0, 501]) {
      const r = await app.gql(LIST, { first });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});

describe('users without provider', () => {
  it('includes LumApps users, with the projection, and LumApps-only filters leave the others out', async () => {
    sim.resetSent();
    const r = await app.gql(
      graphql(
        `query LumappsUsersUsers3 { users(filter: { accountTypes: ["okta"] }, first: 10) { edges { node { provider email lumapps { accountType } } } } }`,
      ),
    );
    expect(r.data!.users.edges).toHaveLength(10);
    for (const edge of r.data!.users.edges) expect(edge.node).toMatchObject({ provider: 'LUMAPPS', lumapps: { accountType: 'okta' } });
    expect(sim.sent.users).toBe(10);
  });
});

describe('fields projection', () => {
  it('asks LumApps only for the fields the query selected', async () => {
    sim.resetSent();
    const slim = await app.gql(graphql(`query LumappsUsersUsers4 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }`));
    expect(slim.data!.users.edges).toHaveLength(100);
    const slimSent = { ...sim.sent };
    // uid, id and email: three values per user, nothing else.
    expect(slimSent).toMatchObject({ users: 100, userValues: 300 });

    sim.resetSent();
    await app.gql(
      graphql(`query LumappsUsersUsers5 { users(provider: LUMAPPS, first: 100) { edges { node { id email displayName lumapps { accountType } } } } }`),
    );
    const fuller = { ...sim.sent };
    expect(fuller.userValues).toBeGreaterThan(slimSent.userValues);

    sim.resetSent();
    // A fragment whose fields idgraph cannot place would ask for everything; a known one stays slim.
    await app.gql(
      graphql(
        `query LumappsUsersUsers6 { users(provider: LUMAPPS, first: 100) { edges { ...E } } } fragment E on UserEdge { node { ... on User { providerId email } } }`,
      ),
    );
    expect(sim.sent.userValues).toBe(300);

    sim.resetSent();
    await app.gql(graphql(`query LumappsUsersUsers7 { users(provider: LUMAPPS, first: 100) { totalCount } }`));
    expect(sim.sent.userValues).toBe(200);
    expect(slimSent.bytes).toBeLessThan(fuller.bytes);
  });

  it('slim responses are several times smaller than whole user objects', async () => {
    sim.resetSent();
    await app.gql(graphql(`query LumappsUsersUsers8 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }`));
    const slim = sim.sent.bytes;
    sim.resetSent();
    // The same 100 users, whole (no `fields`), straight from the simulator.
    const r = await fetch(`${sim.server.baseUrl}/_ah/api/lumsites/v1/user/list?maxResults=100`, {
      headers: { authorization: `Bearer ${LUMAPPS_SANDBOX.staticToken}` },
    });
    expect(r.status).toBe(200);
    expect(sim.sent.bytes).toBeGreaterThan(slim * 4);
  });
});

describe('user, node, nodes, currentUser (LUMAPPS)', () => {
  const someUser = () => sim.users.find((u) => u.wire.accountType === 'okta' && u.wire.isHidden !== true)!;

  it('user(id:) reads user/get by uid', async () => {
    const u = someUser();
    sim.server.resetCounts();
    const r = await app.gql(
      graphql(
        `query LumappsUsersUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId email firstName lastName enabled lumapps { accountType customerId } } }`,
      ),
      {
        id: u.wire.uid,
      },
    );
    expect(r.data!.user).toEqual({
      providerId: u.wire.uid,
      email: u.wire.email,
      firstName: u.wire.firstName,
      lastName: u.wire.lastName,
      enabled: u.wire.status === 'enabled',
      lumapps: { accountType: 'okta', customerId: LUMAPPS_SANDBOX.customerId },
    });
    expect(sim.server.count('user.get')).toBe(1);
  });

  it('user(email:) reads user/get by email, case-insensitively; hidden users are found', async () => {
    const hidden = sim.users.find((u) => u.wire.isHidden === true)!;
    const r = await app.gql(graphql(`query LumappsUsersUser2($e: String!) { user(provider: LUMAPPS, email: $e) { providerId lumapps { isHidden } } }`), {
      e: hidden.wire.email.toUpperCase(),
    });
    expect(r.data!.user).toEqual({ providerId: hidden.wire.uid, lumapps: { isHidden: true } });
  });

  it('unknown id or email is null (LumApps 404)', async () => {
    const r = await app.gql(
      graphql(`query LumappsUsersA { a: user(provider: LUMAPPS, id: "999") { id } b: user(provider: LUMAPPS, email: "nobody@nowhere.example") { id } }`),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: null, b: null });
  });

  it('user needs exactly one of id and email', async () => {
    const r = await app.gql(graphql(`query LumappsUsersUser3 { user(provider: LUMAPPS) { id } }`));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('node(id) and nodes(ids) resolve LumApps users; several ids are one user/list?ids call', async () => {
    const list = await app.gql(graphql(`query LumappsUsersUsers9 { users(provider: LUMAPPS, first: 3) { edges { node { id providerId } } } }`));
    const nodes = list.data!.users.edges.map((e: { node: { id: string; providerId: string } }) => e.node);
    const one = await app.gql(graphql(`query LumappsUsersNode($id: ID!) { node(id: $id) { ... on User { providerId } } }`), { id: nodes[0]!.id });
    expect(one.data!.node).toEqual({ providerId: nodes[0]!.providerId });
    sim.server.resetCounts();
    const many = await app.gql(graphql(`query LumappsUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }`), {
      ids: nodes.map((n: { id: string }) => n.id),
    });
    expect(many.data!.nodes).toEqual(nodes.map((n: { providerId: string }) => ({ providerId: n.providerId })));
    expect(sim.server.count('user.list')).toBe(1);
    expect(sim.server.count('user.get')).toBe(0);
  });

  it('currentUser is the user the application token acts for', async () => {
    const r = await app.gql(graphql(`query LumappsUsersCurrentUser { currentUser(provider: LUMAPPS) { email lumapps { isSuperAdmin } } }`));
    expect(r.data!.currentUser).toEqual({ email: LUMAPPS_SANDBOX.userEmail, lumapps: { isSuperAdmin: true } });
  });

  it('roles and tenants are unsupported for LumApps', async () => {
    const r = await app.gql(graphql(`query LumappsUsersRoles { roles(provider: LUMAPPS) { edges { cursor } } }`));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'LUMAPPS' });
  });

  it('providers lists LumApps with its capabilities and filters', async () => {
    const r = await app.gql(graphql(`query LumappsUsersProviders { providers { provider mode capabilities userFilters } }`));
    expect(r.data!.providers).toContainEqual({
      provider: 'LUMAPPS',
      mode: 'SANDBOX',
      capabilities: ['LIST_USERS', 'GET_USER', 'FIND_USERS_BY_EMAIL', 'CURRENT_USER', 'CREATE_USER', 'UPDATE_USER'],
      userFilters: ['search', 'email', 'status', 'accountTypes', 'groupIds', 'includeHidden', 'registeredWithinDays'],
    });
  });
});
