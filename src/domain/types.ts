/**
 * The provider-neutral model. GraphQL types only ever see these shapes; every provider maps its own
 * wire format into them in its map.ts. Provider-only facts live in one optional object per provider,
 * declared in the provider's folder.
 */

import type { ProviderId } from '../providers/known.js';

/** Derived from the provider registry (src/providers/registry.ts). */
export type { ProviderId };
export { PROVIDER_IDS, isProviderId } from '../providers/known.js';

/**
 * Provider-only facts: each provider adds its optional object (`<id>?: …`) to these interfaces from
 * its own folder (src/providers/<id>/types.ts, `declare module` merging).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface UserDetails {}
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface InvitationDetails {}
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface TenantDetails {}

export type UserStatus = 'ENABLED' | 'DISABLED';
export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export interface User extends UserDetails {
  kind: 'User';
  provider: ProviderId;
  /** The provider's own id. */
  id: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string | null;
  status: UserStatus | null;
  createdAt: Date | null;
  /** Role ids in the provider's own role namespace, distinct. */
  roleIds: string[];
  /** Tenant ids, when the user's record carries them. */
  tenantIds: string[];
  /** Whole tenants, when the user's record already says all there is to know about them. */
  tenants?: Tenant[];
}

export interface Invitation extends InvitationDetails {
  kind: 'Invitation';
  provider: ProviderId;
  id: string;
  email: string;
  status: InvitationStatus;
  tenantIds: string[];
  roleIds: string[];
  inviterId: string | null;
  inviterEmail: string | null;
  acceptedUserId: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  expiresAt: Date | null;
  /** Whole tenants, when the invitation's record already says all there is to know about them. */
  tenants?: Tenant[];
  /** The names of the roles, when the invitation's record carries them, so `roles { name }` needs no roles call. */
  roleNames?: { id: string; name: string }[];
  /** True when accepting the invitation makes the invitee an account (provider) admin; admin-grant checks need the admin scope to change it. */
  grantsAccountAdmin?: boolean;
}

export interface Role {
  kind: 'Role';
  provider: ProviderId;
  id: string;
  name: string;
  description: string | null;
}

export interface Tenant extends TenantDetails {
  kind: 'Tenant';
  provider: ProviderId;
  id: string;
  name: string | null;
  description: string | null;
  createdAt: Date | null;
  /** The user's roles in this tenant, when the tenant was read as one user's membership. */
  memberRoleIds?: string[];
}

export type Kind = 'User' | 'Invitation' | 'Role' | 'Tenant';
export type Entity = User | Invitation | Role | Tenant;
