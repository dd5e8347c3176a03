/** Pure Logto wire → domain mapping. Logto times are epoch milliseconds. */
import type { Invitation, InvitationStatus as DomainStatus, Role, Tenant, User } from '../../domain/types.js';
import type { InvitationStatus, LogtoUser, Organization, OrganizationInvitation, OrganizationRole, UserOrganization } from './wire.js';

const STATUS: Record<InvitationStatus, DomainStatus> = {
  Pending: 'PENDING',
  Accepted: 'ACCEPTED',
  Expired: 'EXPIRED',
  Revoked: 'REVOKED',
};

export function fromEpochMs(value: number | null): Date | null {
  if (value == null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toInvitation(wire: OrganizationInvitation): Invitation {
  return {
    kind: 'Invitation',
    provider: 'logto',
    id: wire.id,
    email: wire.invitee,
    status: STATUS[wire.status],
    tenantIds: [wire.organizationId],
    roleIds: [...new Set(wire.organizationRoles.map((r) => r.id))],
    roleNames: wire.organizationRoles.map((r) => ({ id: r.id, name: r.name })),
    inviterId: wire.inviterId,
    inviterEmail: null,
    acceptedUserId: wire.acceptedUserId,
    createdAt: fromEpochMs(wire.createdAt),
    updatedAt: fromEpochMs(wire.updatedAt),
    expiresAt: fromEpochMs(wire.expiresAt),
  };
}

export function toTenant(wire: Organization): Tenant {
  return { kind: 'Tenant', provider: 'logto', id: wire.id, name: wire.name, description: wire.description, createdAt: fromEpochMs(wire.createdAt) };
}

/** One of a user's organizations, with the user's roles in it. */
export function toUserTenant(wire: UserOrganization): Tenant {
  return { ...toTenant(wire), memberRoleIds: [...new Set(wire.organizationRoles.map((r) => r.id))] };
}

export function toRole(wire: OrganizationRole): Role {
  return { kind: 'Role', provider: 'logto', id: wire.id, name: wire.name, description: wire.description };
}

export function toUser(wire: LogtoUser): User {
  const firstName = wire.profile.givenName || null;
  const lastName = wire.profile.familyName || null;
  const joined = [firstName, lastName].filter(Boolean).join(' ');
  return {
    kind: 'User',
    provider: 'logto',
    id: wire.id,
    email: wire.primaryEmail,
    firstName,
    lastName,
    displayName: wire.name || joined || wire.username || null,
    status: wire.isSuspended ? 'DISABLED' : 'ENABLED',
    createdAt: fromEpochMs(wire.createdAt),
    roleIds: [...new Set((wire.organizationRoles ?? []).map((r) => r.id))],
    tenantIds: [],
    logto: {
      username: wire.username,
      primaryPhone: wire.primaryPhone,
      avatar: wire.avatar,
      lastSignInAt: fromEpochMs(wire.lastSignInAt),
      updatedAt: fromEpochMs(wire.updatedAt) ?? new Date(0),
      isSuspended: wire.isSuspended,
      applicationId: wire.applicationId,
    },
  };
}
