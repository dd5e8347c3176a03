/**
 * Apaleo against its swagger (issue 11, items 13 and 16): an evolving role vocabulary, 400 on PATCH,
 * 204 on lists, and /users/me for a token that acts as no user.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApaleoSandbox } from '../../src/providers/apaleo/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
let sandbox: ApaleoSandbox;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['apaleo'] });
  sandbox = app.runtime.sandboxes.apaleo!;
});
afterAll(() => app.close());
afterEach(() => {
  sandbox.server.resetKnobs();
  sandbox.me = 'service-user';
  vi.restoreAllMocks();
});

const userGid = (subjectId: string) => Buffer.from(`User:apaleo:${subjectId}`).toString('base64url');

describe('a role newer than the swagger (item 13)', () => {
  it('keeps the raw role on users, roles and invitations instead of failing the page, and logs it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    sandbox.addRole('ChannelManager');
    const holder = sandbox.users.find((u) => u.properties.length > 0 && !u.isAccountAdmin)!;
    holder.properties[0]!.roles.push('ChannelManager');
    const index = sandbox.users.indexOf(holder);

    const QUERY = graphql(
      `query ApaleoFidelityUsers($first: Int) { users(provider: APALEO, first: $first) { totalCount edges { node { providerId roles { providerId name description } } } } }`,
    );
    const res = await app.gql(QUERY, { first: index + 5 });
    expect(res.errors).toBeUndefined();
    const node = res.data!.users.edges[index]!.node;
    expect(node.providerId).toBe(holder.subjectId);
    expect(node.roles).toContainEqual({ providerId: 'ChannelManager', name: 'ChannelManager', description: null });

    const one = await app.gql(graphql(`query ApaleoFidelityUser($id: String!) { user(provider: APALEO, id: $id) { roles { providerId } } }`), {
      id: holder.subjectId,
    });
    expect(one.errors).toBeUndefined();
    expect(one.data!.user!.roles!.map((r) => r.providerId)).toContain('ChannelManager');

    const roles = await app.gql(graphql(`query ApaleoFidelityRoles { roles(provider: APALEO, first: 50) { edges { node { providerId name } } } }`));
    expect(roles.errors).toBeUndefined();
    expect(roles.data!.roles.edges.map((e) => e.node.providerId)).toContain('ChannelManager');

    // An invitation with the newer role: accepted because the account's own role list has it.
    const created = await app.gql(
      graphql(
        `mutation ApaleoFidelityCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { roles { providerId } apaleo { legacyRole } } ... on Error { code message } } }`,
      ),
      { input: { provider: 'APALEO', email: 'channel.manager@hotel.example.com', tenantIds: ['BER'], roleIds: ['ChannelManager'] } },
    );
    expect(created.data!.createInvitation).toEqual({
      __typename: 'Invitation',
      roles: [{ providerId: 'ChannelManager' }],
      apaleo: { legacyRole: 'ChannelManager' },
    });
    const invitations = await app.gql(
      graphql(`query ApaleoFidelityInvitations { invitations(provider: APALEO, first: 100) { edges { node { email roles { providerId } } } } }`),
    );
    expect(invitations.errors).toBeUndefined();

    // A role neither documented nor offered by the account is still refused, naming the field.
    const bogus = await app.gql(
      graphql(
        `mutation ApaleoFidelityCreateInvitation2($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on ValidationError { field } } }`,
      ),
      { input: { provider: 'APALEO', email: 'bogus@hotel.example.com', tenantIds: ['BER'], roleIds: ['Overlord'] } },
    );
    expect(bogus.data!.createInvitation).toEqual({ __typename: 'ValidationError', field: 'input.roleIds' });

    const mentions = warn.mock.calls.filter((args) => String(args[0]).includes('"ChannelManager"'));
    expect(mentions).toHaveLength(1);
  });
});

describe('statuses the swagger allows (item 16)', () => {
  const UPDATE = graphql(`mutation ApaleoFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename
    ... on Error { code message } ... on UpstreamError { httpStatus providerMessage } ... on NotFoundError { kind } } }`);

  it('reports a 400 on PATCH as the bad request it is, not as a missing user', async () => {
    sandbox.server.inject({ route: 'users.patch', kind: 'status', status: 400, json: { messages: ['The JSON patch document is malformed.'] }, times: 1 });
    const res = await app.gql(UPDATE, { input: { id: userGid(sandbox.users[5]!.subjectId), firstName: 'Other' } });
    expect(res.data!.updateUser).toMatchObject({
      __typename: 'UpstreamError',
      code: 'BAD_USER_INPUT',
      httpStatus: 400,
      providerMessage: 'The JSON patch document is malformed.',
    });
    // A 404 is still a missing user.
    const missing = await app.gql(UPDATE, { input: { id: userGid('00000000-0000-4000-a000-000000000000'), firstName: 'X' } });
    expect(missing.data!.updateUser).toMatchObject({ __typename: 'NotFoundError', kind: 'User' });
  });

  it('reads a 204 on the invitations list as an empty list', async () => {
    sandbox.server.resetCounts();
    const res = await app.gql(
      graphql(
        `query ApaleoFidelityInvitations2 { invitations(provider: APALEO, filter: { propertyId: "NOPE" }, first: 5) { totalCount edges { node { email } } pageInfo { hasNextPage } } }`,
      ),
    );
    expect(sandbox.server.count('invitations.list')).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data!.invitations).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('answers currentUser null with a NOT_FOUND error when the token acts as no user', async () => {
    sandbox.me = 'no-user';
    const res = await app.gql(graphql(`query ApaleoFidelityCurrentUser { currentUser(provider: APALEO) { providerId } }`));
    expect(res.data!.currentUser).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "NOT_FOUND",
            "operation": "currentUser",
            "provider": "APALEO",
            "providerCode": null,
            "retryable": false,
            "status": 404,
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "APALEO has no user for idgraph's credentials: GET /api/v1/users/me answered 404. A client-credentials token acts as an application, not as a user",
          "path": [
            "currentUser",
          ],
        },
      ]
    `);

    sandbox.me = 'service-user';
    const back = await app.gql(graphql(`query ApaleoFidelityCurrentUser2 { currentUser(provider: APALEO) { providerId } }`));
    expect(back.data!.currentUser).toEqual({ providerId: sandbox.users[0]!.subjectId });
  });
});
