/** Pure Authress wire → domain mapping. */
import type { Tenant, User } from '../../domain/types.js';
import type { Tenant as WireTenant, UserIdentity } from './wire.js';

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Authress keeps one `name`; it is not split into given and family names (that would be a guess).
 * Users carry no tenant, roles or status: tenants are found separately (see README.md).
 */
export function toUser(identity: UserIdentity): User {
  const name = identity.name?.trim() || null;
  return {
    kind: 'User',
    provider: 'authress',
    id: identity.userId,
    email: identity.email ?? null,
    firstName: null,
    lastName: null,
    displayName: name,
    status: null,
    createdAt: null,
    roleIds: [],
    tenantIds: [],
    authress: { picture: identity.picture ?? null },
  };
}

export function toTenant(tenant: WireTenant): Tenant {
  return {
    kind: 'Tenant',
    provider: 'authress',
    id: tenant.tenantId,
    name: tenant.data?.name ?? null,
    description: null,
    createdAt: parseDate(tenant.createdTime),
    authress: {
      lookupIdentifier: tenant.tenantLookupIdentifier ?? null,
      domains: (tenant.domains ?? []).map((d) => d.domain),
      connectionId: tenant.connection?.connectionId ?? null,
    },
  };
}
