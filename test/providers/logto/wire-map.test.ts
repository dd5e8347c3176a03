/** Logto wire schemas against responses recorded from a real Logto 1.42 server, and the pure mapping. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeLogtoError } from '../../../src/providers/logto/adapter.js';
import { fromEpochMs, toInvitation, toRole, toTenant, toUser } from '../../../src/providers/logto/map.js';
import {
  LogtoUser,
  LogtoUserList,
  Organization,
  OrganizationInvitation,
  OrganizationInvitationList,
  OrganizationList,
  OrganizationRole,
  OrganizationRoleList,
  TokenResponse,
} from '../../../src/providers/logto/wire.js';

type Recorded = Record<string, { status: number; headers: Record<string, string>; body: unknown }>;
const recorded = JSON.parse(readFileSync(new URL('../../fixtures/logto/recorded.json', import.meta.url), 'utf8')) as Recorded;
const body = (name: string) => recorded[name]!.body;

describe('Logto wire schemas accept the recorded bodies', () => {
  it.each([
    ['token', TokenResponse],
    ['createInvitation', OrganizationInvitation],
    ['acceptInvitation', OrganizationInvitation],
    ['listInvitations', OrganizationInvitationList],
    ['createOrganization', Organization],
    ['listOrganizations', OrganizationList],
    ['createRole', OrganizationRole],
    ['listRoles', OrganizationRoleList],
    ['createUser', LogtoUser],
    ['listUsersPaged', LogtoUserList],
    ['organizationUsers', LogtoUserList],
  ] as const)('%s', (name, schema) => {
    const parsed = schema.safeParse(body(name));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  });

  it('rejects a drifted invitation (seconds as strings, unknown status)', () => {
    const drifted = { ...(body('createInvitation') as object), expiresAt: '2026-01-01', status: 'Open' };
    expect(OrganizationInvitation.safeParse(drifted).success).toBe(false);
  });

  it('records the status codes Logto really uses: 201 for an invitation, 200 for a user', () => {
    expect(recorded.createInvitation!.status).toBe(201);
    expect(recorded.createUser!.status).toBe(200);
    expect(recorded.errorNoConnector!.status).toBe(501);
  });
});

describe('describeLogtoError', () => {
  it('reads code and the most specific message from Logto error bodies', () => {
    expect(describeLogtoError(400, body('errorPastExpiry'))).toEqual({
      code: 'request.invalid_input',
      message: 'Input is invalid. The value of `expiresAt` must be in the future.',
    });
    expect(describeLogtoError(400, body('errorInvalidEmail'))).toEqual({
      code: 'guard.invalid_input',
      message: 'Error in key path "invitee": (invalid_string) Invalid email',
    });
    expect(describeLogtoError(501, body('errorNoConnector')).code).toBe('connector.not_found');
    expect(describeLogtoError(401, body('tokenWrongSecret'))).toEqual({ code: 'oidc.invalid_client', message: 'An OIDC error occurred: oidc.invalid_client.' });
    expect(describeLogtoError(500, 'not json')).toEqual({});
  });
});

describe('Logto mapping', () => {
  it('maps an invitation: epoch milliseconds, organization as the tenant, organization roles', () => {
    const invitation = toInvitation(OrganizationInvitation.parse(body('acceptInvitation')));
    expect(invitation).toEqual({
      kind: 'Invitation',
      provider: 'logto',
      id: 'fjwa4n0xci62vdnhq6sxl',
      email: 'invitee@example.com',
      status: 'ACCEPTED',
      tenantIds: ['rfz799ji3i7n'],
      roleIds: ['zlkfeomru73c1gv14goau'],
      roleNames: [{ id: 'zlkfeomru73c1gv14goau', name: 'member-peer' }],
      inviterId: 'bhbgyckwqmrt',
      inviterEmail: null,
      acceptedUserId: 'w3if7fzsn5iw',
      createdAt: new Date(1795422064606),
      updatedAt: new Date(1795422064791),
      expiresAt: new Date(1796026864598),
    });
  });

  it.each([
    ['Pending', 'PENDING'],
    ['Accepted', 'ACCEPTED'],
    ['Expired', 'EXPIRED'],
    ['Revoked', 'REVOKED'],
  ] as const)('maps status %s to %s', (wire, domain) => {
    const parsed = OrganizationInvitation.parse({ ...(body('createInvitation') as object), status: wire });
    expect(toInvitation(parsed).status).toBe(domain);
  });

  it('maps organizations and organization roles', () => {
    expect(toTenant(Organization.parse(body('createOrganization')))).toEqual({
      kind: 'Tenant',
      provider: 'logto',
      id: 'rfz799ji3i7n',
      name: 'Peer Org',
      description: 'adapter test org',
      createdAt: new Date(1795422064512),
    });
    expect(toRole(OrganizationRole.parse(body('createRole')))).toEqual({
      kind: 'Role',
      provider: 'logto',
      id: 'zlkfeomru73c1gv14goau',
      name: 'member-peer',
      description: 'peer role',
    });
  });

  it('maps a user: name as display name, suspension as status, organization roles when listed per organization', () => {
    const user = toUser(LogtoUser.parse(body('createUser')));
    expect(user).toMatchObject({
      id: 'bhbgyckwqmrt',
      email: 'inviter@example.com',
      displayName: 'Inviter',
      firstName: null,
      lastName: null,
      status: 'ENABLED',
      roleIds: [],
    });
    expect(user.logto).toMatchObject({ username: 'inviter_peer', isSuspended: false, lastSignInAt: null });
    const member = toUser(LogtoUserList.parse(body('organizationUsers'))[0]!);
    expect(member.roleIds).toEqual(['zlkfeomru73c1gv14goau']);
    const suspended = toUser(
      LogtoUser.parse({ ...(body('createUser') as object), isSuspended: true, name: null, profile: { givenName: 'Ada', familyName: 'L' } }),
    );
    expect(suspended).toMatchObject({ status: 'DISABLED', firstName: 'Ada', lastName: 'L', displayName: 'Ada L' });
  });

  it('reads epoch milliseconds, not seconds', () => {
    expect(fromEpochMs(1795422064606)?.toISOString()).toBe('2026-11-23T08:21:04.606Z');
    expect(fromEpochMs(null)).toBeNull();
  });
});
