/**
 * The GraphQL gate in live mode (issue 10.2, 10.3, 10.4, 10.5, 10.12, 10.18; issue 12.11): Apaleo and
 * Logto simulators started on their own with credentials play the real providers, callers
 * authenticate with API keys of different scopes, and every attack goes over HTTP.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/auth/authenticator.js';
import { measure } from '../src/graphql/limits.js';
import { schema } from '../src/graphql/public-schema.js';
import { ApaleoSandbox } from '../src/providers/apaleo/sandbox.js';
import { LogtoSandbox } from '../src/providers/logto/sandbox.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { graphql } from './gql/index.js';

const KEYS = {
  roles: 'roles-key-0123456789',
  reader: 'reader-key-0123456789',
  tenants: 'tenants-key-0123456789',
  writer: 'writer-key-0123456789',
  inviter: 'inviter-key-0123456789',
  composer: 'composer-key-0123456789',
  admin: 'admin-key-0123456789',
} as const;
const SCOPES: Record<keyof typeof KEYS, string[]> = {
  roles: ['roles:read'],
  reader: ['users:read'],
  tenants: ['tenants:read'],
  writer: ['users:write'],
  inviter: ['invitations:write', 'roles:read', 'tenants:read'],
  composer: ['schema:read'],
  admin: ['admin'],
};
const API_KEYS = JSON.stringify(Object.entries(KEYS).map(([name, key]) => ({ name, sha256: sha256Hex(key), scopes: SCOPES[name as keyof typeof KEYS] })));

type Body = { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };

let apaleo: ApaleoSandbox;
let logto: LogtoSandbox;
let app: TestApp;
const ids = {
  user: '',
  invitation: '',
  role: '',
  apaleoUserProviderId: '',
  logtoUser: '',
  logtoOrg: '',
  logtoAdminRole: '',
  logtoMemberRole: '',
  property: '',
};

async function call(who: keyof typeof KEYS | null, query: string, variables?: Record<string, unknown>): Promise<{ status: number } & Body> {
  const { status, text } = await app.raw(JSON.stringify({ query, variables }), who ? { authorization: `Bearer ${KEYS[who]}` } : {});
  return { status, ...(JSON.parse(text) as Body) };
}

/** Upstream calls both simulators received since the last reset (token calls included). */
const upstreamCalls = () => apaleo.server.count() + logto.server.count();
const resetCounts = () => {
  apaleo.server.resetCounts();
  logto.server.resetCounts();
};

beforeAll(async () => {
  apaleo = new ApaleoSandbox({ clientId: 'live-client', clientSecret: 'live-secret' });
  logto = new LogtoSandbox({ appId: 'live-app', appSecret: 'live-secret' });
  const [apaleoUrl, logtoUrl] = await Promise.all([apaleo.start(), logto.start()]);
  app = await createTestApp({
    APALEO_BASE_URL: apaleoUrl,
    APALEO_CLIENT_ID: 'live-client',
    APALEO_CLIENT_SECRET: 'live-secret',
    LOGTO_BASE_URL: logtoUrl,
    LOGTO_APP_ID: 'live-app',
    LOGTO_APP_SECRET: 'live-secret',
    LOGTO_RESOURCE: logto.resource,
    AUTHRESS_ENABLED: 'false',
    LUMAPPS_ENABLED: 'false',
    AUTH_API_KEYS: API_KEYS,
  });
  const r = await call(
    'admin',
    `{ users(provider: APALEO, first: 1) { edges { node { id providerId tenants { providerId } } } }
       invitations(provider: APALEO, first: 1) { edges { node { id } } }
       roles(provider: LOGTO, first: 10) { edges { node { id providerId name } } }
       lu: users(provider: LOGTO, first: 1) { edges { node { id } } }
       tenants(provider: LOGTO, first: 1) { edges { node { providerId } } } }`,
  );
  expect(r.errors).toBeUndefined();
  const user = r.data.users.edges[0].node;
  ids.user = user.id;
  ids.apaleoUserProviderId = user.providerId;
  ids.property = user.tenants[0]?.providerId ?? 'BER';
  ids.invitation = r.data.invitations.edges[0].node.id;
  const roles = r.data.roles.edges.map((e: { node: { id: string; providerId: string; name: string } }) => e.node);
  ids.role = roles[0].id;
  ids.logtoAdminRole = roles.find((x: { name: string }) => x.name === 'admin').providerId;
  ids.logtoMemberRole = roles.find((x: { name: string }) => x.name === 'member').providerId;
  ids.logtoUser = r.data.lu.edges[0].node.id;
  ids.logtoOrg = r.data.tenants.edges[0].node.providerId;
  const mode = await call('admin', '{ providers { provider mode } }');
  expect(mode.data.providers).toEqual([
    { provider: 'APALEO', mode: 'LIVE' },
    { provider: 'LOGTO', mode: 'LIVE' },
  ]);
});
afterAll(async () => {
  await app.close();
  await Promise.all([apaleo.stop(), logto.stop()]);
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id email } ... on Invitation { id } ... on Role { id name } ... on Person { personEmail: email } } }`;

describe('10.2 _entities checks the scope of each representation before anything goes upstream', () => {
  it('a roles:read caller gets only roles; users, invitations, persons and unknown types are FORBIDDEN at their index, nothing read upstream', async () => {
    const representations = [
      { __typename: 'User', id: ids.user },
      { __typename: 'Invitation', id: ids.invitation },
      { __typename: 'Role', id: ids.role },
      { __typename: 'Gizmo', id: 'x' },
      { __typename: 'Person', email: 'ada.lovelace@people.example.com' },
    ];
    resetCounts();
    const r = await call('roles', ENTITIES, { r: representations });
    expect(r.status).toBe(200);
    expect(r.data._entities).toEqual([null, null, { __typename: 'Role', id: ids.role, name: expect.any(String) }, null, null]);
    const byIndex = new Map(r.errors!.map((e) => [e.path!.join('.'), e.extensions]));
    expect(byIndex.get('_entities.0')).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['users:read'] });
    expect(byIndex.get('_entities.1')).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['invitations:read'] });
    expect(byIndex.get('_entities.3')).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['admin'] });
    expect(byIndex.get('_entities.4')).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['users:read'] });
    expect(r.errors).toHaveLength(4);
    // Only the Logto role was read: no user, invitation or person lookup reached either provider.
    expect(apaleo.server.count('users.get') + apaleo.server.count('users.list') + apaleo.server.count('invitations.list')).toBe(0);
    expect(logto.server.count('users.list') + logto.server.count('invitations.get') + logto.server.count('invitations.list')).toBe(0);
  });

  it('a caller with the right scope gets the entity; an unknown typename is BAD_USER_INPUT even for admin', async () => {
    const ok = await call('reader', ENTITIES, { r: [{ __typename: 'User', id: ids.user }] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data._entities[0]).toMatchObject({ __typename: 'User', id: ids.user });
    const unknown = await call('admin', ENTITIES, {
      r: [
        { __typename: 'Gizmo', id: 'x' },
        { __typename: 'User', id: ids.user },
      ],
    });
    expect(unknown.data._entities[0]).toBeNull();
    expect(unknown.data._entities[1]).toMatchObject({ id: ids.user });
    expect(unknown.errors).toEqual([expect.objectContaining({ path: ['_entities', 0], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });
});

describe('12.11 _entities: each representation succeeds or fails alone', () => {
  it('malformed representations are BAD_USER_INPUT at their index while the valid ones resolve', async () => {
    const representations = [
      { __typename: 'User', id: 'not-an-id' },
      { __typename: 'User', id: ids.user },
      { __typename: 'User' },
      'just a string',
      { __typename: 'Role', id: ids.user },
      { id: ids.user },
      { __typename: 'Person', email: 42 },
    ];
    const r = await call('admin', ENTITIES, { r: representations });
    expect(r.status).toBe(200);
    expect(r.data._entities).toHaveLength(representations.length);
    expect(r.data._entities[1]).toMatchObject({ __typename: 'User', id: ids.user });
    for (const i of [0, 2, 3, 4, 5, 6]) expect(r.data._entities[i]).toBeNull();
    const paths = r.errors!.map((e) => e.path!.join('.')).sort();
    expect(paths).toEqual(['_entities.0', '_entities.2', '_entities.3', '_entities.4', '_entities.5', '_entities.6']);
    for (const e of r.errors!) expect(e.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('10.3 caps on list arguments, inline or in variables, and lists in the cost', () => {
  const many = (n: number) => Array.from({ length: n }, () => ids.user);

  it('nodes(ids:) with 101 ids in variables is refused before any upstream call; 100 pass', async () => {
    resetCounts();
    const r = await call('admin', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many(101) });
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "actual": 101,
            "argument": "nodes.ids",
            "code": "QUERY_TOO_COMPLEX",
            "limit": "list",
            "maximum": 100,
          },
          "message": "Argument nodes.ids has 101 items; the maximum is 100 (MAX_LIST_ARGUMENT)",
        },
      ]
    `);
    expect(upstreamCalls()).toBe(0);
    const ok = await call('admin', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many(100) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.nodes).toHaveLength(100);
  });

  it('representations, inline list filters and list input fields are capped too', async () => {
    resetCounts();
    const reps = await call('admin', ENTITIES, { r: Array.from({ length: 101 }, () => ({ __typename: 'User', id: ids.user })) });
    expect(reps.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'list', argument: '_entities.representations' });
    const properties = JSON.stringify(Array.from({ length: 150 }, (_, i) => `P${i}`));
    const filter = await call('admin', `{ users(provider: APALEO, filter: { propertyIds: ${properties} }) { totalCount } }`);
    expect(filter.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'list', actual: 150, argument: 'users.filter.propertyIds' });
    const input = await call(
      'admin',
      'mutation($t: [String!]) { createInvitation(input: { provider: APALEO, email: "x@example.com", tenantIds: $t }) { __typename } }',
      {
        t: Array.from({ length: 101 }, (_, i) => `P${i}`),
      },
    );
    expect(input.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'list', argument: 'createInvitation.input.tenantIds' });
    expect(upstreamCalls()).toBe(0);
  });

  it('a list argument in variables multiplies the cost of its selection', async () => {
    resetCounts();
    const fields = '... on User { email displayName firstName lastName status enabled createdAt providerId provider }';
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: nodes(ids: $ids) { id ${fields} }`).join(' ');
    const r = await call('admin', `query($ids: [ID!]!) { ${aliases} }`, { ids: many(100) });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(upstreamCalls()).toBe(0);
    const m = (q: string, v?: Record<string, unknown>) => measure(schema, parse(q), null, v).cost;
    expect(m('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many(50) })).toBe(1 + 50 + 50);
    expect(m(`{ nodes(ids: ${JSON.stringify(many(50))}) { id } }`)).toBe(1 + 50 + 50);
  });

  it('MAX_LIST_ARGUMENT configures the cap', async () => {
    const small = await createTestApp({ MAX_LIST_ARGUMENT: '3' });
    try {
      const r = await small.gql(graphql(`query GateGraphqlNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: ['a', 'b', 'c', 'd'] });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'list', maximum: 3, actual: 4 });
    } finally {
      await small.close();
    }
  });
});

describe('10.4 cost uses the coerced variables, defaults included, also inside fragments', () => {
  const selection = 'edges { node { id email roles { name } tenants { providerId } } }';

  it('a variable default of 500 is costed as 500, not as the default page size', async () => {
    resetCounts();
    const q = `query($n: Int = 500) { a: users(provider: APALEO, first: $n) { ${selection} } b: users(provider: APALEO, first: $n) { ${selection} } c: users(provider: APALEO, first: $n) { ${selection} } }`;
    const r = await call('admin', q);
    expect(r.data ?? null).toBeNull();
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(upstreamCalls()).toBe(0);
  });

  it('inside fragments too, and an explicit variable overrides the default', async () => {
    resetCounts();
    const q = `query($n: Int = 500) { ...A } fragment A on Query { a: users(provider: APALEO, first: $n) { ...U } b: users(provider: APALEO, first: $n) { ...U } c: users(provider: APALEO, first: $n) { ...U } }
      fragment U on UserConnection { ${selection} }`;
    const r = await call('admin', q);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(upstreamCalls()).toBe(0);
    const ok = await call('admin', q, { n: 2 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.a.edges).toHaveLength(2);
  });

  it('a size that cannot be known counts as the maximum page size', () => {
    const m = (q: string, v?: Record<string, unknown>) => measure(schema, parse(q), null, v).cost;
    // The variable does not coerce (a string for an Int): execution refuses it, and the cost assumes 500.
    expect(m('query($n: Int) { users(provider: APALEO, first: $n) { totalCount } }', { n: 'many' })).toBe(1 + 500);
    expect(m('query($n: Int = 7) { users(provider: APALEO, first: $n) { totalCount } }')).toBe(1 + 7);
    expect(m('query($n: Int) { users(provider: APALEO, first: $n) { totalCount } }')).toBe(1 + 20);
  });
});

describe('10.5 granting provider-admin rights needs the admin scope', () => {
  const invite = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) {
    __typename ... on Invitation { id } ... on Error { code message } ... on InsufficientScopeError { field requiredScopes } } }`;

  it('invitations:write cannot invite an Apaleo account admin or grant an admin role; nothing is sent upstream', async () => {
    resetCounts();
    const admin = await call('inviter', invite, { input: { provider: 'APALEO', email: 'eve.admin@example.com', isAccountAdmin: true } });
    expect(admin.errors).toBeUndefined();
    expect(admin.data.createInvitation).toEqual({
      __typename: 'InsufficientScopeError',
      code: 'FORBIDDEN',
      message: expect.stringMatching(/isAccountAdmin.*admin/),
      field: 'input.isAccountAdmin',
      requiredScopes: ['admin'],
    });
    const role = await call('inviter', invite, {
      input: { provider: 'APALEO', email: 'eve.admin@example.com', tenantIds: [ids.property], roleIds: ['PropertyAdmin'] },
    });
    expect(role.data.createInvitation).toMatchObject({ __typename: 'InsufficientScopeError', field: 'input.roleIds' });
    expect(apaleo.server.count('invitations.create')).toBe(0);
  });

  it('Logto: an organization role named admin needs admin; a member role does not', async () => {
    resetCounts();
    const admin = await call('inviter', invite, {
      input: { provider: 'LOGTO', email: 'eve.admin@example.com', tenantIds: [ids.logtoOrg], roleIds: [ids.logtoAdminRole] },
    });
    expect(admin.data.createInvitation).toMatchObject({ __typename: 'InsufficientScopeError', code: 'FORBIDDEN', field: 'input.roleIds' });
    expect(logto.server.count('invitations.create')).toBe(0);
    const member = await call('inviter', invite, {
      input: { provider: 'LOGTO', email: 'eve.member@example.com', tenantIds: [ids.logtoOrg], roleIds: [ids.logtoMemberRole] },
    });
    expect(member.data.createInvitation).toMatchObject({ __typename: 'Invitation' });
    expect(logto.server.count('invitations.create')).toBe(1);
  });

  it('users:write cannot make a user an account admin; admin can', async () => {
    resetCounts();
    const update =
      'mutation($id: ID!) { updateUser(input: { id: $id, isAccountAdmin: true }) { __typename ... on Error { code } ... on InsufficientScopeError { field } ... on User { apaleo { isAccountAdmin } } } }';
    const refused = await call('writer', update, { id: ids.user });
    expect(refused.data.updateUser).toEqual({ __typename: 'InsufficientScopeError', code: 'FORBIDDEN', field: 'input.isAccountAdmin' });
    expect(apaleo.server.count('users.patch')).toBe(0);
    const demote = await call('writer', update.replace('isAccountAdmin: true', 'isAccountAdmin: false'), { id: ids.user });
    expect(demote.data.updateUser.__typename).toBe('User');
    const granted = await call('admin', update, { id: ids.user });
    expect(granted.data.updateUser).toEqual({ __typename: 'User', apaleo: { isAccountAdmin: true } });
  });

  it('accepting a Logto invitation that grants an admin role, on behalf of a user, needs admin', async () => {
    const created = await call('admin', invite, {
      input: { provider: 'LOGTO', email: 'owner.to.be@example.com', tenantIds: [ids.logtoOrg], roleIds: [ids.logtoAdminRole] },
    });
    const id = created.data.createInvitation.id as string;
    resetCounts();
    const accept =
      'mutation($id: ID!, $u: ID!) { setInvitationStatus(input: { id: $id, status: ACCEPTED, acceptedUserId: $u }) { __typename ... on InsufficientScopeError { field } } }';
    const r = await call('inviter', accept, { id, u: ids.logtoUser });
    expect(r.data.setInvitationStatus).toEqual({ __typename: 'InsufficientScopeError', field: 'input.status' });
    expect(logto.server.count('invitations.status')).toBe(0);
  });
});

describe('10.12 operational fields and nested lists are scoped by what they return', () => {
  it('providers { baseUrl circuit } need admin; provider, mode and capabilities stay open', async () => {
    const open = await call('roles', '{ providers { provider mode capabilities } }');
    expect(open.errors).toBeUndefined();
    const circuit = await call('roles', '{ providers { provider circuit { state } } }');
    expect(circuit.data.providers).toEqual([
      { provider: 'APALEO', circuit: null },
      { provider: 'LOGTO', circuit: null },
    ]);
    expect(circuit.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['admin'] });
    const url = await call('reader', '{ providers { baseUrl } }');
    expect(JSON.stringify(url.data ?? null)).not.toContain('127.0.0.1');
    expect(url.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['admin'] });
    const admin = await call('admin', '{ providers { baseUrl circuit { state } } }');
    expect(admin.data.providers[0]).toEqual({ baseUrl: apaleo.server.baseUrl, circuit: { state: 'CLOSED' } });
  });

  it('tenants:read does not reach Tenant.users; users:read does not reach User.roles (nothing fetched for them)', async () => {
    // Apaleo has no property list in Identity: tenants come from the user list, so compare with the same query without Tenant.users.
    resetCounts();
    await call('tenants', '{ tenants(provider: APALEO, first: 1) { edges { node { providerId } } } }');
    const baseline = apaleo.server.count('users.list');
    resetCounts();
    const t = await call('tenants', '{ tenants(provider: APALEO, first: 1) { edges { node { providerId users { totalCount } } } } }');
    expect(t.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['users:read'] });
    expect(JSON.stringify(t.data ?? null)).not.toContain('totalCount');
    expect(apaleo.server.count('users.list')).toBe(baseline);
    const u = await call('reader', '{ users(provider: APALEO, first: 2) { edges { node { id roles { name } } } } }');
    expect(u.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['roles:read'] });
    expect(apaleo.server.count('roles.list')).toBe(0);
  });

  it('users:read: person { providers } does not reveal pending invitations; invitations need invitations:read', async () => {
    const email = 'only.invited@example.com';
    const created = await call(
      'admin',
      'mutation($e: String!, $o: String!) { createInvitation(input: { provider: LOGTO, email: $e, tenantIds: [$o] }) { __typename } }',
      {
        e: email,
        o: ids.logtoOrg,
      },
    );
    expect(created.data.createInvitation.__typename).toBe('Invitation');
    const reader = await call('reader', 'query($e: String!) { person(email: $e) { accounts { id } providers } }', { e: email });
    expect(reader.errors).toBeUndefined();
    expect(reader.data.person).toEqual({ accounts: [], providers: [] });
    const admin = await call('admin', 'query($e: String!) { person(email: $e) { providers invitations { provider } } }', { e: email });
    expect(admin.data.person).toEqual({ providers: ['LOGTO'], invitations: [{ provider: 'LOGTO' }] });
    const refused = await call('reader', 'query($e: String!) { person(email: $e) { invitations { id } } }', { e: email });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['invitations:read'] });
  });
});

describe('10.18 _service { sdl } needs the schema:read scope', () => {
  it('an authenticated caller without schema:read gets FORBIDDEN and no SDL; a composition key gets it', async () => {
    for (const who of ['reader', 'writer', 'inviter'] as const) {
      const r = await call(who, '{ _service { sdl } }');
      expect(r.data ?? null).toBeNull();
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['schema:read'] });
      expect(JSON.stringify(r)).not.toContain('type Query');
    }
    const composer = await call('composer', '{ _service { sdl } }');
    expect(composer.errors).toBeUndefined();
    expect(composer.data._service.sdl).toContain('deprovisionPerson');
    const admin = await call('admin', '{ _service { sdl } }');
    expect(admin.data._service.sdl).toContain('type Query');
  });

  it('an unauthenticated caller gets 401 and nothing of the schema', async () => {
    const r = await call(null, '{ _service { sdl } }');
    expect(r.status).toBe(401);
    expect(JSON.stringify(r)).not.toContain('type Query');
  });
});
