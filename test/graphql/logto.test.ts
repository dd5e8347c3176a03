/** Logto through GraphQL over HTTP, against the Logto simulator on a loopback port. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LogtoSandbox } from '../../src/providers/logto/sandbox.js';
import type { SimServer } from '../../src/sandbox/server.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import { narrow } from '../helpers/typename.js';

let app: TestApp;
let sandbox: LogtoSandbox;
let sim: SimServer;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['logto'] });
  sandbox = app.runtime.sandboxes.logto!;
  sim = sandbox.server;
});
afterAll(() => app.close());
afterEach(() => {
  sim.resetKnobs();
  // A fresh Logto has no email connector; these tests switch the knob on where they send.
  sandbox.emailConnector = true;
  sandbox.messageLimit = { count: 10, windowMs: 600_000 };
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:logto:${id}`).toString('base64url');
const future = () => new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();

const CREATE = graphql(`mutation LogtoCreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on Invitation { id providerId email status expiresAt tenant { providerId name } roles { providerId name } inviter { providerId } }
    ... on Error { code message }
    ... on ValidationError { field }
    ... on NotFoundError { kind resourceId inputField }
    ... on UpstreamError { httpStatus providerCode }
    ... on EmailConnectorMissingError { provider operation }
  }
}`);

const SET_STATUS = graphql(`mutation LogtoSetInvitationStatus($input: SetInvitationStatusInput!) {
  setInvitationStatus(input: $input) {
    __typename
    ... on Invitation { id status updatedAt acceptedBy { providerId email } }
    ... on Error { code message }
    ... on NotFoundError { kind resourceId }
    ... on UpstreamError { httpStatus providerCode }
    ... on ValidationError { field }
  }
}`);

const RESEND = graphql(`mutation LogtoResendInvitation2($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    __typename
    ... on Invitation { id status }
    ... on Error { code message }
    ... on NotFoundError { kind }
  }
}`);

const DELETE = graphql(`mutation LogtoDeleteInvitation($input: DeleteInvitationInput!) {
  deleteInvitation(input: $input) {
    __typename
    ... on Invitation { id providerId email }
    ... on Error { code message }
    ... on NotFoundError { kind resourceId }
  }
}`);

function freshInput(overrides: Record<string, unknown> = {}) {
  const org = sandbox.organizations[0]!;
  return {
    provider: 'LOGTO' as const,
    email: `new.${Math.random().toString(36).slice(2, 10)}@example.com`,
    tenantIds: [org.id],
    roleIds: [sandbox.roles[1]!.id],
    inviterId: sandbox.users[0]!.id,
    expiresAt: future(),
    ...overrides,
  };
}

describe('Logto queries', () => {
  it('reports Logto among the providers, in sandbox mode, with its capabilities and filters', async () => {
    const r = await app.gql(graphql(`query LogtoProviders { providers { provider mode capabilities userFilters invitationFilters } }`));
    const logto = r.data!.providers.find((p) => p.provider === 'LOGTO');
    expect(logto).toMatchObject({ mode: 'SANDBOX', invitationFilters: ['organizationId', 'inviterId', 'invitee', 'status'] });
    expect(logto!.capabilities).toEqual(
      expect.arrayContaining(['CREATE_INVITATION', 'RESEND_INVITATION', 'SET_INVITATION_STATUS', 'DELETE_INVITATION', 'LIST_TENANTS', 'LIST_ROLES']),
    );
  });

  it('lists invitations as a connection, with inviter, tenant, roles and acceptedBy resolved in batches', async () => {
    sim.resetCounts();
    const r = await app.gql(
      graphql(`query LogtoInvitations {
      invitations(provider: LOGTO, first: 60) {
        totalCount
        edges { node { provider providerId email status createdAt expiresAt tenant { name } roles { name } inviter { email } acceptedBy { email } } }
        pageInfo { hasNextPage hasPreviousPage }
      }
    }`),
    );
    expect(r.errors).toBeUndefined();
    const conn = r.data!.invitations;
    expect(conn.totalCount).toBe(60);
    expect(conn.edges).toHaveLength(60);
    expect(conn.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    const statuses = new Set(conn.edges.map((e) => e.node.status));
    expect(statuses).toEqual(new Set(['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED']));
    const accepted = conn.edges.find((e) => e.node.status === 'ACCEPTED')!.node;
    expect(accepted.acceptedBy!.email).toBe(accepted.email);
    expect(conn.edges.every((e) => e.node.tenant?.name && e.node.roles!.length > 0)).toBe(true);
    expect(conn.edges.filter((e) => e.node.inviter).length).toBeGreaterThan(40);
    // 60 invitations from 5 inviters (+ accepted users): one batched user search, not 60 reads.
    expect(sim.count('invitations.list')).toBe(1);
    expect(sim.count('users.list')).toBe(1);
    expect(sim.count('users.get')).toBe(0);
    expect(sim.count('organizations.list') + sim.count('organizations.get')).toBe(1);
    // The invitations carry their roles' names: roles { providerId name } needs no roles call (issue 11, item 12).
    expect(sim.count('roles.list') + sim.count('roles.get')).toBe(0);
  });

  it('starts the organizations list with the invitations list when `tenant` is selected, and reads none otherwise', async () => {
    sim.resetCounts();
    sim.latencyMs = 150;
    try {
      const pending = app.gql(
        graphql(`query LogtoInvitationsAhead { invitations(provider: LOGTO, first: 5) { edges { node { providerId tenant { providerId name } } } } }`),
      );
      // Halfway through the invitations list's 150 ms, the organizations are already asked for.
      await new Promise((resolve) => setTimeout(resolve, 75));
      expect(sim.count('invitations.list')).toBe(1);
      expect(sim.count('organizations.list')).toBe(1);
      const r = await pending;
      expect(r.errors).toBeUndefined();
      for (const edge of r.data!.invitations.edges) {
        const stored = sandbox.invitations.find((i) => i.id === edge.node.providerId)!;
        expect(edge.node.tenant!.providerId).toBe(stored.organizationId);
        expect(edge.node.tenant!.name).toBe(sandbox.organizations.find((o) => o.id === stored.organizationId)!.name);
      }
      // The whole list answered every tenant: no read by id after it.
      expect(sim.count('organizations.get')).toBe(0);
    } finally {
      sim.latencyMs = 0;
    }
    sim.resetCounts();
    const plain = await app.gql(graphql(`query LogtoInvitationsNoTenant { invitations(provider: LOGTO, first: 5) { edges { node { providerId email } } } }`));
    expect(plain.errors).toBeUndefined();
    expect(sim.count('organizations.list') + sim.count('organizations.get')).toBe(0);
  });

  it('filters by organizationId, inviterId and invitee upstream and by status in idgraph', async () => {
    const org = sandbox.organizations[2]!;
    const inviter = sandbox.users[1]!;
    const q = graphql(
      `query LogtoInvitations11($f: InvitationFilter) { invitations(provider: LOGTO, filter: $f, first: 100) { totalCount edges { node { status email tenant { providerId } inviter { providerId } } } } }`,
    );
    const byOrg = await app.gql(q, { f: { organizationId: org.id } });
    expect(byOrg.data!.invitations.totalCount).toBe(sandbox.invitations.filter((i) => i.organizationId === org.id).length);
    expect(byOrg.data!.invitations.edges.every((e) => e.node.tenant!.providerId === org.id)).toBe(true);

    const byInviter = await app.gql(q, { f: { inviterId: inviter.id } });
    expect(byInviter.data!.invitations.totalCount).toBeGreaterThan(0);
    expect(byInviter.data!.invitations.edges.every((e) => e.node.inviter!.providerId === inviter.id)).toBe(true);

    const invitee = sandbox.invitations[0]!.invitee;
    const byInvitee = await app.gql(q, { f: { invitee } });
    expect(byInvitee.data!.invitations.edges.map((e) => e.node.email)).toEqual([invitee]);

    const pending = await app.gql(q, { f: { status: 'PENDING', organizationId: org.id } });
    const expected = sandbox.invitations.filter((i) => i.organizationId === org.id && i.status === 'Pending').length;
    expect(pending.data!.invitations.totalCount).toBe(expected);
    expect(pending.data!.invitations.edges.every((e) => e.node.status === 'PENDING')).toBe(true);
  });

  it('rejects a filter Logto cannot honour, naming it', async () => {
    const r = await app.gql(graphql(`query LogtoInvitations2 { invitations(provider: LOGTO, filter: { propertyId: "BER" }) { totalCount } }`));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.propertyId', provider: 'LOGTO' });
  });

  it('pages invitations forward and backward with opaque cursors', async () => {
    const page = graphql(`query LogtoInvitations12($first: Int, $after: String, $last: Int, $before: String) {
      invitations(provider: LOGTO, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { providerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
      }
    }`);
    const all = (await app.gql(page, { first: 100 })).data!.invitations.edges.map((e) => e.node.providerId);
    const one = await app.gql(page, { first: 25 });
    const two = await app.gql(page, { first: 25, after: one.data!.invitations.pageInfo.endCursor });
    const three = await app.gql(page, { first: 25, after: two.data!.invitations.pageInfo.endCursor });
    const ids = [one, two, three].flatMap((r) => r.data!.invitations.edges.map((e) => e.node.providerId));
    expect(ids).toEqual(all);
    expect(three.data!.invitations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await app.gql(page, { last: 5, before: two.data!.invitations.pageInfo.startCursor });
    expect(back.data!.invitations.edges.map((e) => e.node.providerId)).toEqual(all.slice(20, 25));
    const tail = await app.gql(page, { last: 3 });
    expect(tail.data!.invitations.edges.map((e) => e.node.providerId)).toEqual(all.slice(-3));
    const bad = await app.gql(page, { first: 2, after: 'c1.garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists tenants (organizations) and roles (organization roles) with Logto paging and totals', async () => {
    sim.resetCounts();
    const tenants = await app.gql(
      graphql(
        `query LogtoTenants { tenants(provider: LOGTO, first: 4) { totalCount edges { node { providerId name description createdAt } } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(tenants.data!.tenants.totalCount).toBe(6);
    expect(tenants.data!.tenants.edges).toHaveLength(4);
    expect(tenants.data!.tenants.edges[0]!.node.name).toBe('Acme Corp');
    const rest = await app.gql(
      graphql(`query LogtoTenants2($a: String) { tenants(provider: LOGTO, first: 4, after: $a) { edges { node { name } } pageInfo { hasNextPage } } }`),
      {
        a: tenants.data!.tenants.pageInfo.endCursor,
      },
    );
    expect(rest.data!.tenants.edges.map((e) => e.node.name)).toEqual(['Stark Industries', 'Wayne Enterprises']);
    expect(rest.data!.tenants.pageInfo.hasNextPage).toBe(false);

    const roles = await app.gql(
      graphql(`query LogtoRoles { roles(provider: LOGTO, last: 2) { totalCount edges { node { name description } } pageInfo { hasPreviousPage } } }`),
    );
    expect(roles.data!.roles.totalCount).toBe(5);
    // Real Logto lists organization roles by name.
    expect(roles.data!.roles.edges.map((e) => e.node.name)).toEqual(['member', 'viewer']);
    expect(roles.data!.roles.pageInfo.hasPreviousPage).toBe(true);
  });

  it('resolves Tenant.invitations, Tenant.users, users(), user(id|email) and node(id)', async () => {
    const acceptedInvitation = sandbox.invitations.find((i) => i.status === 'Accepted')!;
    const org = sandbox.organizations.find((o) => o.id === acceptedInvitation.organizationId)!;
    const r = await app.gql(
      graphql(
        `query LogtoNode($id: ID!) { node(id: $id) { ... on Tenant { name invitations(first: 100) { totalCount } users(first: 50) { totalCount edges { node { providerId } } } } } }`,
      ),
      { id: globalId('Tenant', org.id) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.node!.name).toBe(org.name);
    expect(r.data!.node!.invitations.totalCount).toBe(10);
    expect(r.data!.node!.users.edges.map((e) => e.node.providerId)).toContain(acceptedInvitation.acceptedUserId);

    const user = sandbox.users[3]!;
    const users = await app.gql(
      graphql(
        `query LogtoUsers { users(provider: LOGTO, first: 5) { totalCount edges { node { providerId email status displayName logto { username isSuspended lastSignInAt } } } } }`,
      ),
    );
    expect(users.data!.users.totalCount).toBe(40);
    const byId = await app.gql(graphql(`query LogtoUser($id: String!) { user(provider: LOGTO, id: $id) { email firstName lastName } }`), { id: user.id });
    expect(byId.data!.user).toEqual({ email: user.primaryEmail, firstName: user.givenName, lastName: user.familyName });
    const byEmail = await app.gql(graphql(`query LogtoUser2($e: String!) { user(provider: LOGTO, email: $e) { providerId } }`), {
      e: user.primaryEmail!.toUpperCase(),
    });
    expect(byEmail.data!.user!.providerId).toBe(user.id);
    const missing = await app.gql(graphql(`query LogtoUser3 { user(provider: LOGTO, id: "no-such-user") { email } }`));
    expect(missing.data!.user).toBeNull();
    const search = await app.gql(graphql(`query LogtoUsers2 { users(provider: LOGTO, filter: { search: "lovelace" }) { edges { node { email } } } }`));
    expect(search.data!.users.edges.map((e) => e.node.email)).toContain('ada.lovelace@people.example.com');
    const both = await app.gql(graphql(`query LogtoUsers3($e: String) { users(provider: LOGTO, filter: { search: "lovelace", email: $e }) { totalCount } }`), {
      e: user.primaryEmail,
    });
    expect(both.data!.users.totalCount).toBe(user.primaryEmail!.toLowerCase().includes('lovelace') ? 1 : 0);
    const byEmailFilter = await app.gql(
      graphql(`query LogtoUsers4($e: String) { users(provider: LOGTO, filter: { email: $e }) { totalCount edges { node { providerId } } } }`),
      { e: user.primaryEmail },
    );
    expect(byEmailFilter.data!.users.edges).toEqual([{ node: { providerId: user.id } }]);

    const invitation = sandbox.invitations[5]!;
    const node = await app.gql(graphql(`query LogtoNode2($id: ID!) { node(id: $id) { ... on Invitation { providerId email } } }`), {
      id: globalId('Invitation', invitation.id),
    });
    expect(node.data!.node).toEqual({ providerId: invitation.id, email: invitation.invitee });
    const gone = await app.gql(graphql(`query LogtoNode3($id: ID!) { node(id: $id) { id } }`), { id: globalId('Invitation', 'nope') });
    expect(gone.data!.node).toBeNull();
  });

  it('resolves User.tenants through the user’s organizations (one call per distinct user)', async () => {
    const accepted = sandbox.invitations.filter((i) => i.status === 'Accepted');
    const userId = accepted[0]!.acceptedUserId!;
    const expected = new Set(accepted.filter((i) => i.acceptedUserId === userId).map((i) => i.organizationId));
    sim.resetCounts();
    const r = await app.gql(graphql(`query LogtoUser4($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId name } } }`), { id: userId });
    expect(new Set(r.data!.user!.tenants!.map((t) => t.providerId))).toEqual(expected);
    expect(sim.count('users.organizations')).toBe(1);
    const none = await app.gql(graphql(`query LogtoUser5($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId } } }`), {
      id: sandbox.users[0]!.id,
    });
    expect(none.data!.user!.tenants).toEqual([]);
  });

  it('reports Logto upstream failures with the provider, status and code; 429 is retried for reads', async () => {
    sim.inject({ route: 'invitations.list', kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 });
    const retried = await app.gql(graphql(`query LogtoInvitations3 { invitations(provider: LOGTO, first: 1) { totalCount } }`));
    expect(retried.data!.invitations.totalCount).toBe(60);

    sim.inject({ route: 'invitations.list', kind: 'status', status: 500 });
    const failed = await app.gql(graphql(`query LogtoInvitations4 { invitations(provider: LOGTO, first: 1) { totalCount } }`));
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'LOGTO', status: 500, operation: 'listInvitations' });
    sim.resetKnobs();

    sim.inject({ route: 'invitations.list', kind: 'mismatch', times: 1 });
    const drift = await app.gql(graphql(`query LogtoInvitations5 { invitations(provider: LOGTO, first: 1) { totalCount } }`));
    expect(drift.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "incomplete": true,
            "operation": "listInvitations",
            "provider": "LOGTO",
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
          "message": "logto listInvitations answered a body that does not match its documented schema ((root): Invalid input: expected array, received object) (this page lacks its items; ask again with the same arguments)",
          "path": [
            "invitations",
          ],
        },
      ]
    `);
  });

  it('fetches a new token when Logto rejects an expired one', async () => {
    const before = sandbox.tokensIssued;
    sandbox.expireTokens();
    const r = await app.gql(graphql(`query LogtoRoles2 { roles(provider: LOGTO, first: 1) { totalCount } }`));
    expect(r.data!.roles.totalCount).toBe(5);
    expect(sandbox.tokensIssued).toBe(before + 1);
  });
});

describe('Logto invitation mutations', () => {
  it('runs the life cycle: create, list, resend, accept, then revoke and delete another', async () => {
    const input = freshInput({ sendEmail: true, messagePayload: { link: 'https://app.example.com/invite' } });
    const created = await app.gql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const invitation = narrow(created.data!.createInvitation, 'Invitation');
    expect(invitation).toMatchObject({ __typename: 'Invitation', email: input.email, status: 'PENDING', inviter: { providerId: sandbox.users[0]!.id } });
    expect(invitation.tenant!.providerId).toBe(input.tenantIds[0]);
    expect(invitation.roles!.map((r) => r.providerId)).toEqual(input.roleIds);
    expect(new Date(invitation.expiresAt!).getTime()).toBe(new Date(input.expiresAt as string).getTime());
    expect(sandbox.sentMessages.at(-1)).toEqual({ invitationId: invitation.providerId, payload: { link: 'https://app.example.com/invite' } });

    const listed = await app.gql(
      graphql(`query LogtoInvitations6($e: String) { invitations(provider: LOGTO, filter: { invitee: $e }) { edges { node { id status } } } }`),
      { e: input.email },
    );
    expect(listed.data!.invitations.edges).toEqual([{ node: { id: invitation.id, status: 'PENDING' } }]);

    const sent = sandbox.sentMessages.length;
    const resent = await app.gql(RESEND, { input: { id: invitation.id, messagePayload: { link: 'https://app.example.com/again' } } });
    expect(resent.data!.resendInvitation).toMatchObject({ __typename: 'Invitation', id: invitation.id, status: 'PENDING' });
    expect(sandbox.sentMessages.length).toBe(sent + 1);

    // Logto accepts only for a user whose email is the invitee's (issue 11, item 6): a ValidationError naming the field.
    const stranger = sandbox.users[20]!;
    const mismatch = await app.gql(SET_STATUS, { input: { id: invitation.id, status: 'ACCEPTED', acceptedUserId: globalId('User', stranger.id) } });
    expect(mismatch.data!.setInvitationStatus).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field: 'input.acceptedUserId' });
    const accepterId = sandbox.addUser(input.email.toUpperCase(), 'New Hire');
    const accepted = await app.gql(SET_STATUS, { input: { id: invitation.id, status: 'ACCEPTED', acceptedUserId: globalId('User', accepterId) } });
    expect(accepted.data!.setInvitationStatus).toMatchObject({ __typename: 'Invitation', status: 'ACCEPTED', acceptedBy: { providerId: accepterId } });
    expect(sandbox.memberships.get(input.tenantIds[0] as string)?.get(accepterId)).toEqual(input.roleIds);

    const again = await app.gql(SET_STATUS, { input: { id: invitation.id, status: 'REVOKED' } });
    expect(again.data!.setInvitationStatus).toMatchInlineSnapshot(`
      {
        "__typename": "UpstreamError",
        "code": "BAD_USER_INPUT",
        "httpStatus": 422,
        "message": "logto setInvitationStatus failed with HTTP 422: Input is invalid. The status of the invitation cannot be changed anymore.",
        "providerCode": "request.invalid_input",
      }
    `);

    const other = narrow((await app.gql(CREATE, { input: freshInput({ inviterId: null }) })).data!.createInvitation, 'Invitation');
    const revoked = await app.gql(SET_STATUS, { input: { id: other.id, status: 'REVOKED' } });
    expect(revoked.data!.setInvitationStatus).toMatchObject({ __typename: 'Invitation', status: 'REVOKED', acceptedBy: null });

    const deleted = await app.gql(DELETE, { input: { id: other.id } });
    expect(deleted.data!.deleteInvitation).toMatchObject({ __typename: 'Invitation', id: other.id, providerId: other.providerId });
    expect(sandbox.invitations.some((i) => i.id === other.providerId)).toBe(false);
    const deletedAgain = await app.gql(DELETE, { input: { id: other.id } });
    expect(deletedAgain.data!.deleteInvitation).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      kind: 'Invitation',
      resourceId: other.providerId,
    });
  });

  it('creates without email by default and defaults the expiry to seven days', async () => {
    const sent = sandbox.sentMessages.length;
    const { expiresAt: _unused, ...input } = freshInput({ roleIds: [] });
    const r = await app.gql(CREATE, { input });
    const created = narrow(r.data!.createInvitation, 'Invitation');
    expect(created).toMatchObject({ __typename: 'Invitation', roles: [] });
    const days = (new Date(created.expiresAt!).getTime() - Date.now()) / (24 * 3600 * 1000);
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(sandbox.sentMessages.length).toBe(sent);
  });

  it('answers EmailConnectorMissingError for Logto 501 on create and resend, and creates nothing', async () => {
    sandbox.emailConnector = false;
    const input = freshInput({ sendEmail: true });
    const r = await app.gql(CREATE, { input });
    expect(r.data!.createInvitation).toMatchInlineSnapshot(`
      {
        "__typename": "EmailConnectorMissingError",
        "code": "EMAIL_CONNECTOR_MISSING",
        "message": "logto has no email connector configured, so createInvitation cannot send the invitation email; configure one in logto or create the invitation without sending email",
        "operation": "createInvitation",
        "provider": "LOGTO",
      }
    `);
    expect(sandbox.invitations.some((i) => i.invitee === input.email)).toBe(false);

    const pending = sandbox.invitations.find((i) => i.status === 'Pending')!;
    const resend = await app.gql(RESEND, { input: { id: globalId('Invitation', pending.id) } });
    expect(resend.data!.resendInvitation).toMatchObject({ __typename: 'EmailConnectorMissingError', code: 'EMAIL_CONNECTOR_MISSING' });
  });

  it('answers typed errors for Logto’s documented create failures', async () => {
    const first = freshInput();
    expect((await app.gql(CREATE, { input: first })).data!.createInvitation.__typename).toBe('Invitation');
    const duplicate = await app.gql(CREATE, { input: { ...first, inviterId: null } });
    expect(duplicate.data!.createInvitation).toMatchObject({ __typename: 'UpstreamError', httpStatus: 422, providerCode: 'entity.unique_integrity_violation' });

    // Logto answers one 422 entity.relation_foreign_key_not_found for each of these; idgraph finds which (issue 11, item 11).
    const unknownOrg = await app.gql(CREATE, { input: freshInput({ tenantIds: ['does-not-exist'] }) });
    expect(unknownOrg.data!.createInvitation).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'Tenant', inputField: 'input.tenantIds' });
    const unknownRole = await app.gql(CREATE, { input: freshInput({ roleIds: ['nope'] }) });
    expect(unknownRole.data!.createInvitation).toMatchObject({ __typename: 'NotFoundError', kind: 'Role', inputField: 'input.roleIds' });
    const unknownInviter = await app.gql(CREATE, { input: freshInput({ inviterId: 'ghost' }) });
    expect(unknownInviter.data!.createInvitation).toMatchObject({ __typename: 'NotFoundError', kind: 'User', inputField: 'input.inviterId' });
    const memberEmail = [...(sandbox.memberships.get(sandbox.organizations[0]!.id) ?? new Map()).keys()]
      .map((id) => sandbox.users.find((u) => u.id === id)?.primaryEmail)
      .find(Boolean)!;
    const member = await app.gql(CREATE, { input: freshInput({ email: memberEmail.toUpperCase() }) });
    expect(member.data!.createInvitation).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field: 'input.email' });

    sim.inject({ route: 'invitations.create', kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 });
    const limited = await app.gql(CREATE, { input: freshInput() });
    expect(limited.data!.createInvitation).toMatchObject({ __typename: 'UpstreamError', code: 'RATE_LIMITED', httpStatus: 429 });
    expect(sim.count('invitations.create')).toBeGreaterThan(0);
  });

  it('validates input before calling Logto, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ expiresAt: new Date(Date.now() - 1000).toISOString() }, 'input.expiresAt'],
      [{ tenantIds: [] }, 'input.tenantIds'],
      [{ tenantIds: [sandbox.organizations[0]!.id, sandbox.organizations[1]!.id] }, 'input.tenantIds'],
      [{ isAccountAdmin: true }, 'input.isAccountAdmin'],
      [{ sendEmail: false, messagePayload: { link: 'x' } }, 'input.messagePayload'],
    ];
    sim.resetCounts();
    for (const [overrides, field] of cases) {
      const r = await app.gql(CREATE, { input: freshInput(overrides) });
      expect(r.data!.createInvitation, field).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field });
    }
    expect(sim.count('invitations.create')).toBe(0);
    const badEmail = await app.gql(CREATE, { input: freshInput({ email: 'not-an-email' }) });
    expect(badEmail.data!.createInvitation).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('answers typed errors for setInvitationStatus: unknown invitation, unknown user, missing user, wrong id type', async () => {
    const pending = sandbox.invitations.find((i) => i.status === 'Pending')!;
    const unknown = await app.gql(SET_STATUS, { input: { id: globalId('Invitation', 'nope'), status: 'REVOKED' } });
    expect(unknown.data!.setInvitationStatus).toMatchObject({ __typename: 'NotFoundError', kind: 'Invitation', resourceId: 'nope' });

    const noUser = await app.gql(SET_STATUS, {
      input: { id: globalId('Invitation', pending.id), status: 'ACCEPTED', acceptedUserId: globalId('User', 'ghost') },
    });
    expect(noUser.data!.setInvitationStatus).toMatchObject({ __typename: 'NotFoundError', kind: 'User', resourceId: 'ghost' });

    const missing = await app.gql(SET_STATUS, { input: { id: globalId('Invitation', pending.id), status: 'ACCEPTED' } });
    expect(missing.data!.setInvitationStatus).toMatchObject({ __typename: 'ValidationError', field: 'input.acceptedUserId' });

    const wrongType = await app.gql(SET_STATUS, { input: { id: globalId('Tenant', pending.id), status: 'REVOKED' } });
    expect(wrongType.data!.setInvitationStatus).toMatchObject({ __typename: 'ValidationError', field: 'input.id' });
    expect(sandbox.invitations.find((i) => i.id === pending.id)!.status).toBe('Pending');
  });

  it('answers RATE_LIMITED when Logto limits messages to a recipient (429 without Retry-After), without retrying the write', async () => {
    const pending = sandbox.invitations.find((i) => i.status === 'Pending' && i.expiresAt > Date.now())!;
    sandbox.messageLimit = { count: 0, windowMs: 600_000 };
    sim.resetCounts();
    const r = await app.gql(
      graphql(
        `mutation LogtoResendInvitation($input: ResendInvitationInput!) { resendInvitation(input: $input) { __typename ... on UpstreamError { code providerCode retryAfterSeconds retryable } } }`,
      ),
      {
        input: { id: globalId('Invitation', pending.id) },
      },
    );
    expect(r.data!.resendInvitation).toMatchObject({
      __typename: 'UpstreamError',
      code: 'RATE_LIMITED',
      providerCode: 'request.message_rate_limited',
      retryable: true,
      retryAfterSeconds: null,
    });
    expect(sim.count('invitations.message')).toBe(1);
  });

  it('answers NotFoundError for resend and delete of an unknown invitation', async () => {
    const resend = await app.gql(RESEND, { input: { id: globalId('Invitation', 'nope') } });
    expect(resend.data!.resendInvitation).toMatchObject({ __typename: 'NotFoundError', kind: 'Invitation' });
    const del = await app.gql(DELETE, { input: { id: globalId('Invitation', 'nope') } });
    expect(del.data!.deleteInvitation).toMatchObject({ __typename: 'NotFoundError', resourceId: 'nope' });
  });
});

describe('Logto user mutations', () => {
  it('suspends and reactivates a user (updateUser status) and deletes one', async () => {
    const user = sandbox.users[30]!;
    const UPDATE = graphql(
      `mutation LogtoUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on User { status logto { isSuspended } } ... on Error { code } ... on ValidationError { field } ... on NotFoundError { kind } } }`,
    );
    const off = await app.gql(UPDATE, { input: { id: globalId('User', user.id), status: 'DISABLED' } });
    expect(off.data!.updateUser).toEqual({ __typename: 'User', status: 'DISABLED', logto: { isSuspended: true } });
    const on = await app.gql(UPDATE, { input: { id: globalId('User', user.id), status: 'ENABLED' } });
    expect(on.data!.updateUser).toMatchObject({ status: 'ENABLED' });
    const names = await app.gql(UPDATE, { input: { id: globalId('User', user.id), firstName: 'X' } });
    expect(names.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.firstName' });
    const ghost = await app.gql(UPDATE, { input: { id: globalId('User', 'ghost'), status: 'DISABLED' } });
    expect(ghost.data!.updateUser).toMatchObject({ __typename: 'NotFoundError', kind: 'User' });

    const DELETE_USER = graphql(
      `mutation LogtoDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending user { providerId } } ... on Error { code } } }`,
    );
    const deleted = await app.gql(DELETE_USER, { input: { id: globalId('User', user.id) } });
    expect(deleted.data!.deleteUser).toEqual({ __typename: 'UserDeletion', pending: false, user: { providerId: user.id } });
    expect(sandbox.users.some((u) => u.id === user.id)).toBe(false);
    const again = await app.gql(DELETE_USER, { input: { id: globalId('User', user.id) } });
    expect(again.data!.deleteUser).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('Logto as a real server behaves (issue 11)', () => {
  const DEPROVISION = graphql(`mutation LogtoDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename
    ... on DeprovisionReport { dryRun entries { provider action outcome detail account { email } invitation { id providerId } } } } }`);

  it('1: deleteUser says which invitations Logto deleted with the user; deprovisionPerson lists them in the dry run and the report', async () => {
    const org = sandbox.organizations[1]!.id;
    const leaver = sandbox.addUser('leaver.one@example.com', 'Leaver One');
    const sent = sandbox.addInvitation({ invitee: 'friend.of.leaver@example.com', organizationId: org, inviterId: leaver });
    const DELETE_USER = graphql(
      `mutation LogtoDeleteUser2($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending deletedInvitations { providerId email status } } } }`,
    );
    const r = await app.gql(DELETE_USER, { input: { id: globalId('User', leaver) } });
    expect(r.data!.deleteUser).toEqual({
      __typename: 'UserDeletion',
      pending: false,
      deletedInvitations: [{ providerId: sent, email: 'friend.of.leaver@example.com', status: 'PENDING' }],
    });
    expect(sandbox.invitations.some((i) => i.id === sent)).toBe(false);

    const other = sandbox.addUser('leaver.two@example.com', 'Leaver Two');
    const pendingSent = sandbox.addInvitation({ invitee: 'friend.two@example.com', organizationId: org, inviterId: other });
    const accepted = sandbox.addInvitation({ invitee: 'leaver.two@example.com', organizationId: org, status: 'Accepted', acceptedUserId: other });
    const dry = narrow(
      (await app.gql(DEPROVISION, { input: { email: 'leaver.two@example.com', mode: 'DELETE', dryRun: true } })).data!.deprovisionPerson,
      'DeprovisionReport',
    );
    const cascade = dry.entries.filter((e) => e.invitation);
    expect(cascade.map((e) => e.invitation!.providerId).sort()).toEqual([pendingSent, accepted].sort());
    for (const entry of cascade) {
      expect(entry).toMatchObject({ provider: 'LOGTO', action: 'DELETE_INVITATION', outcome: 'SKIPPED' });
      expect(entry.detail).toMatch(/goes with the account/);
    }
    expect(sandbox.invitations.some((i) => i.id === pendingSent)).toBe(true);
    const done = narrow(
      (await app.gql(DEPROVISION, { input: { email: 'leaver.two@example.com', mode: 'DELETE' } })).data!.deprovisionPerson,
      'DeprovisionReport',
    );
    expect(done.entries.find((e) => e.account)).toMatchObject({ action: 'DELETE_USER', outcome: 'SUCCEEDED' });
    const reported = done.entries.filter((e) => e.invitation);
    expect(reported.map((e) => [e.invitation!.providerId, e.outcome]).sort()).toEqual(
      [
        [pendingSent, 'SUCCEEDED'],
        [accepted, 'SUCCEEDED'],
      ].sort(),
    );
    expect(sandbox.invitations.some((i) => i.id === pendingSent || i.id === accepted)).toBe(false);
  });

  it('2: User.roles is the union of the user’s roles in all its organizations', async () => {
    const [first, second, third] = [sandbox.organizations[3]!.id, sandbox.organizations[4]!.id, sandbox.roles];
    const user = sandbox.addUser('two.orgs@example.com', 'Two Orgs');
    sandbox.addMember(first, user, [third[0]!.id]);
    sandbox.addMember(second, user, [third[2]!.id, third[0]!.id]);
    const r = await app.gql(graphql(`query LogtoNode4($id: ID!) { node(id: $id) { ... on User { roles { providerId } tenants { providerId } } } }`), {
      id: globalId('User', user),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node!.roles!.map((x) => x.providerId).sort()).toEqual([third[0]!.id, third[2]!.id].sort());
    expect(r.data!.node!.tenants!.map((x) => x.providerId).sort()).toEqual([first, second].sort());
  });

  it('3: resends only a pending invitation; otherwise a ValidationError and nothing sent', async () => {
    for (const status of ['Revoked', 'Accepted', 'Expired'] as const) {
      const invitation = sandbox.invitations.find((i) => i.status === status)!;
      sim.resetCounts();
      const r = await app.gql(RESEND, { input: { id: globalId('Invitation', invitation.id) } });
      expect(r.data!.resendInvitation, status).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT' });
      expect(sim.count('invitations.message'), status).toBe(0);
    }
  });

  it('4: an invitation past its expiry reads EXPIRED, cannot change status, and a new one can be made', async () => {
    const org = sandbox.organizations[5]!.id;
    const id = sandbox.addInvitation({ invitee: 'too.late@example.com', organizationId: org, expiresAt: Date.now() - 60_000 });
    const read = await app.gql(graphql(`query LogtoNode5($id: ID!) { node(id: $id) { ... on Invitation { status } } }`), { id: globalId('Invitation', id) });
    expect(read.data!.node!.status).toBe('EXPIRED');
    const revoke = await app.gql(SET_STATUS, { input: { id: globalId('Invitation', id), status: 'REVOKED' } });
    expect(revoke.data!.setInvitationStatus).toMatchObject({ __typename: 'UpstreamError', httpStatus: 422 });
    const fresh = await app.gql(CREATE, { input: freshInput({ email: 'too.late@example.com', tenantIds: [org] }) });
    expect(fresh.data!.createInvitation).toMatchObject({ __typename: 'Invitation', status: 'PENDING' });
  });

  it('5: person() and deprovisionPerson find an invitee stored with other letter case', async () => {
    const id = sandbox.addInvitation({ invitee: 'Case.Test@Example.COM', organizationId: sandbox.organizations[0]!.id });
    const person = await app.gql(graphql(`query LogtoPerson($e: String!) { person(email: $e) { invitations { provider email } } }`), {
      e: 'case.test@example.com',
    });
    expect(person.data!.person.invitations).toEqual([{ provider: 'LOGTO', email: 'Case.Test@Example.COM' }]);
    const dry = narrow(
      (await app.gql(DEPROVISION, { input: { email: 'case.test@example.com', mode: 'DISABLE', dryRun: true } })).data!.deprovisionPerson,
      'DeprovisionReport',
    );
    expect(dry.entries.map((e) => e.invitation?.providerId)).toContain(id);
  });

  it('7: users of an unknown organization are an empty list, not an error', async () => {
    const r = await app.gql(graphql(`query LogtoUsers5 { users(provider: LOGTO, filter: { tenantId: "nope" }) { totalCount edges { node { id } } } }`));
    expect(r.errors).toBeUndefined();
    expect(r.data!.users).toEqual({ totalCount: 0, edges: [] });
  });

  it('9: invitation cursors are keyed on the item: a new invitation between two pages neither repeats nor skips one', async () => {
    const Q = graphql(
      `query LogtoInvitations10($a: String) { invitations(provider: LOGTO, first: 3, after: $a) { edges { node { providerId } } pageInfo { endCursor } } }`,
    );
    const first = (await app.gql(Q)).data!.invitations;
    const before = (
      await app.gql(graphql(`query LogtoInvitations7 { invitations(provider: LOGTO, first: 6) { edges { node { providerId } } } }`))
    ).data!.invitations.edges.map((e) => e.node.providerId);
    // A new invitation (the newest, so first in the list) appears between the two pages.
    const added = sandbox.addInvitation({ invitee: 'between.pages@example.com', organizationId: sandbox.organizations[0]!.id });
    expect(
      (await app.gql(graphql(`query LogtoInvitations8 { invitations(provider: LOGTO, first: 1) { edges { node { providerId } } } }`))).data!.invitations
        .edges[0]!.node.providerId,
    ).toBe(added);
    const second = (await app.gql(Q, { a: first.pageInfo.endCursor })).data!.invitations;
    expect(first.edges.map((e) => e.node.providerId)).toEqual(before.slice(0, 3));
    expect(second.edges.map((e) => e.node.providerId)).toEqual(before.slice(3, 6));
  });

  it('12: users(filter: { tenantId, search }) passes q to Logto; person() lists a failing Logto once', async () => {
    const org = sandbox.organizations[2]!.id;
    const a = sandbox.addUser('zebra.searchable@example.com', 'Zebra Searchable');
    const b = sandbox.addUser('yak.other@example.com', 'Yak Other');
    sandbox.addMember(org, a, []);
    sandbox.addMember(org, b, []);
    const r = await app.gql(
      graphql(
        `query LogtoUsers6($t: String!) { users(provider: LOGTO, filter: { tenantId: $t, search: "zebra" }) { totalCount edges { node { providerId } } } }`,
      ),
      { t: org },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.users).toEqual({ totalCount: 1, edges: [{ node: { providerId: a } }] });

    // Invitation.roles needs a roles call only when more than the names the invitation carries is asked for.
    sim.resetCounts();
    const described = await app.gql(
      graphql(`query LogtoInvitations9 { invitations(provider: LOGTO, first: 5) { edges { node { roles { name description } } } } }`),
    );
    expect(described.errors).toBeUndefined();
    expect(described.data!.invitations.edges.some((e) => e.node.roles!.some((role) => role.description))).toBe(true);
    expect(sim.count('roles.list') + sim.count('roles.get')).toBe(1);

    sim.inject({ route: '*', kind: 'status', status: 500 });
    const person = await app.gql(graphql(`query LogtoPerson2 { person(email: "anyone@example.com") { errors { provider code } } }`));
    expect(person.data!.person.errors.filter((e) => e.provider === 'LOGTO')).toHaveLength(1);
  });
});
