import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApaleoSandbox } from '../../src/providers/apaleo/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import { narrow } from '../helpers/typename.js';

let app: TestApp;
let sandbox: ApaleoSandbox;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['apaleo'] });
  sandbox = app.runtime.sandboxes.apaleo!;
});
afterAll(() => app.close());

// Every document below selects the same result of a mutation union:
// Invitation fields, or Error { code message } with the fields of each error type.
const CREATE = graphql(
  `mutation ApaleoMutationsCreate($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }`,
);
const DELETE = graphql(
  `mutation ApaleoMutationsDelete($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }`,
);

describe('invitations (APALEO)', () => {
  it('lists invitations with the propertyId filter, resolving roles and the inviter', async () => {
    const res = await app.gql(
      graphql(`query ApaleoMutationsInvitations { invitations(provider: APALEO, filter: { propertyId: "MUC" }, first: 50) {
      totalCount edges { node { email status tenants { providerId } roles { providerId } inviter { email } apaleo { legacyRole } } } } }`),
    );
    expect(res.errors).toBeUndefined();
    const expected = sandbox.invitations.filter((i) => i.properties.includes('MUC'));
    expect(res.data!.invitations.totalCount).toBe(expected.length);
    for (const edge of res.data!.invitations.edges) {
      expect(edge.node.status).toBe('PENDING');
      expect(edge.node.tenants).toEqual([{ providerId: 'MUC' }]);
      expect(edge.node.inviter!.email).toBe(sandbox.users[0]!.email);
    }
  });

  it('pages invitations backwards and forwards alike', async () => {
    const forward = await app.gql(graphql(`query ApaleoMutationsInvitations2 { invitations(provider: APALEO, first: 20) { edges { node { email } } } }`));
    const backward = await app.gql(
      graphql(
        `query ApaleoMutationsInvitations3 { invitations(provider: APALEO, last: 7) { edges { node { email } } pageInfo { hasPreviousPage hasNextPage } } }`,
      ),
    );
    const all = forward.data!.invitations.edges.map((e) => e.node.email);
    expect(backward.data!.invitations.edges.map((e) => e.node.email)).toEqual(all.slice(-7));
    expect(backward.data!.invitations.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it('creates an invitation with properties and roles, then deletes it (and a second delete is NOT_FOUND)', async () => {
    const created = await app.gql(CREATE, {
      input: { provider: 'APALEO' as const, email: 'new.hire@hotel.example.com', tenantIds: ['BER', 'HAM'], roleIds: ['FrontDesk', 'Housekeeping'] },
    });
    expect(created.data!.createInvitation).toMatchObject({
      __typename: 'Invitation',
      email: 'new.hire@hotel.example.com',
      status: 'PENDING',
      tenants: [{ providerId: 'BER' }, { providerId: 'HAM' }],
      roles: [{ providerId: 'FrontDesk' }, { providerId: 'Housekeeping' }],
      apaleo: { isAccountAdmin: false, legacyRole: 'FrontOffice' },
    });
    expect(sandbox.invitations.some((i) => i.email === 'new.hire@hotel.example.com')).toBe(true);

    const id = narrow(created.data!.createInvitation, 'Invitation').id;
    const deleted = await app.gql(DELETE, { id });
    expect(deleted.data!.deleteInvitation).toMatchObject({ __typename: 'Invitation', email: 'new.hire@hotel.example.com' });
    expect(sandbox.invitations.some((i) => i.email === 'new.hire@hotel.example.com')).toBe(false);

    const again = await app.gql(DELETE, { id });
    expect(again.data!.deleteInvitation).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'Invitation' });
  });

  it('invites an account admin without properties', async () => {
    const res = await app.gql(CREATE, { input: { provider: 'APALEO' as const, email: 'boss@hotel.example.com', isAccountAdmin: true } });
    expect(res.data!.createInvitation).toMatchObject({ __typename: 'Invitation', apaleo: { isAccountAdmin: true }, roles: [{ providerId: 'AccountAdmin' }] });
  });

  it.each([
    [{ email: 'not-an-email', tenantIds: ['BER'] }, 'input.email'],
    [{ email: 'a@hotel.example.com', tenantIds: [] }, 'input.tenantIds'],
    [{ email: 'a@hotel.example.com', tenantIds: ['BER'], roleIds: ['Janitor'] }, 'input.roleIds'],
    [{ email: 'a@hotel.example.com', tenantIds: ['BER'], inviterId: 'someone' }, 'input.inviterId'],
    [{ email: 'a@hotel.example.com', tenantIds: ['BER'], expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
  ])('rejects %j before calling Apaleo', async (fields, field) => {
    sandbox.server.resetCounts();
    const res = await app.gql(CREATE, { input: { provider: 'APALEO' as const, ...fields } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createInvitation).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field });
    expect(sandbox.server.count('invitations.create')).toBe(0);
  });

  it('passes Apaleo’s own 422 on as a typed upstream error', async () => {
    const existing = sandbox.invitations[0]!.email;
    const res = await app.gql(CREATE, { input: { provider: 'APALEO' as const, email: existing, tenantIds: ['BER'] } });
    expect(res.data!.createInvitation).toMatchInlineSnapshot(`
      {
        "__typename": "UpstreamError",
        "code": "BAD_USER_INPUT",
        "httpStatus": 422,
        "message": "apaleo createInvitation failed with HTTP 422: Email: invitee.0@hotel.example.com has already been invited.",
        "provider": "APALEO",
        "providerMessage": "Email: invitee.0@hotel.example.com has already been invited.",
      }
    `);
  });

  it('answers UnsupportedOperationError for operations Apaleo does not offer', async () => {
    const id = Buffer.from(`Invitation:apaleo:${sandbox.invitations[1]!.email}`).toString('base64url');
    const res = await app.gql(
      graphql(
        `mutation ApaleoMutationsResend($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }`,
      ),
      { id },
    );
    expect(res.data!.resendInvitation).toMatchObject({ __typename: 'UnsupportedOperationError', code: 'UNSUPPORTED_OPERATION', operation: 'resendInvitation' });
  });

  it('rejects a user id where an invitation id is expected', async () => {
    const id = Buffer.from(`User:apaleo:${sandbox.users[1]!.subjectId}`).toString('base64url');
    const res = await app.gql(DELETE, { id });
    expect(res.data!.deleteInvitation).toMatchObject({ __typename: 'ValidationError', field: 'input.id' });
  });
});

describe('updateUser (APALEO)', () => {
  const UPDATE = graphql(`mutation ApaleoMutationsUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename
    ... on User { providerId firstName lastName status tenants { providerId } apaleo { isAccountAdmin } }
    ... on Error { code message }
    ... on ValidationError { field }
    ... on UpstreamError { httpStatus providerMessage }
    ... on NotFoundError { kind } } }`);
  const userId = (subjectId: string) => Buffer.from(`User:apaleo:${subjectId}`).toString('base64url');

  it('changes names, status and properties with one JSON Patch and answers the stored user', async () => {
    const stored = sandbox.users[20]!;
    const res = await app.gql(UPDATE, {
      input: { id: userId(stored.subjectId), firstName: 'Renamed', lastName: 'Person', status: 'DISABLED', propertyIds: ['LND', 'PAR'] },
    });
    expect(res.data!.updateUser).toMatchObject({
      __typename: 'User',
      firstName: 'Renamed',
      lastName: 'Person',
      status: 'DISABLED',
      tenants: [{ providerId: 'LND' }, { providerId: 'PAR' }],
    });
    expect(stored).toMatchObject({ firstName: 'Renamed', enabled: false });

    const enabled = await app.gql(UPDATE, { input: { id: userId(stored.subjectId), status: 'ENABLED' } });
    expect(narrow(enabled.data!.updateUser, 'User').status).toBe('ENABLED');
  });

  it('answers NotFoundError for an unknown user and ValidationError for an empty change', async () => {
    const missing = await app.gql(UPDATE, { input: { id: userId('00000000-0000-4000-a000-000000000000'), firstName: 'X' } });
    expect(missing.data!.updateUser).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'User' });
    const empty = await app.gql(UPDATE, { input: { id: userId(sandbox.users[3]!.subjectId) } });
    expect(empty.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input' });
    const hidden = await app.gql(UPDATE, { input: { id: userId(sandbox.users[3]!.subjectId), isHidden: true } });
    expect(hidden.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.isHidden' });
    const blank = await app.gql(UPDATE, { input: { id: userId(sandbox.users[3]!.subjectId), firstName: '  ' } });
    expect(blank.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.firstName' });
  });

  it('passes Apaleo’s 422 for an unknown property on as a typed error, changing nothing', async () => {
    const stored = sandbox.users[21]!;
    const before = JSON.stringify(stored);
    const res = await app.gql(UPDATE, { input: { id: userId(stored.subjectId), firstName: 'Never', propertyIds: ['XYZ'] } });
    expect(res.data!.updateUser).toMatchObject({ __typename: 'UpstreamError', httpStatus: 422 });
    expect(JSON.stringify(stored)).toBe(before);
  });
});
