/**
 * The provider-neutral model. GraphQL types only ever see these shapes; every provider maps its own
 * wire format into them in its map.ts. Provider-only facts live in one optional object per provider.
 */

export const PROVIDER_IDS = ['apaleo', 'authress', 'logto', 'lumapps'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

export type UserStatus = 'ENABLED' | 'DISABLED';
export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export interface ApaleoPropertyRoles {
  propertyId: string;
  roleIds: string[];
}

export interface ApaleoUserDetails {
  isAccountAdmin: boolean;
  isMfaEnabled: boolean;
  /** Only reported by the users list, not by a single-user read. */
  isPasskeysEnabled: boolean | null;
  propertyRoles: ApaleoPropertyRoles[];
}

export interface AuthressUserDetails {
  /** The picture URL the user's identity provider reported. */
  picture: string | null;
}

export interface AuthressTenantDetails {
  lookupIdentifier: string | null;
  domains: string[];
  connectionId: string | null;
}

export interface LumappsUserDetails {
  /** google, microsoft, okta or external. */
  accountType: string | null;
  isHidden: boolean | null;
  isSuperAdmin: boolean | null;
  /** The LumApps customer (platform) id. */
  customerId: string | null;
  employeeId: string | null;
  lang: string | null;
  alternateEmail: string | null;
  profilePictureUrl: string | null;
  updatedAt: Date | null;
}

export interface LogtoUserDetails {
  username: string | null;
  primaryPhone: string | null;
  avatar: string | null;
  lastSignInAt: Date | null;
  updatedAt: Date;
  isSuspended: boolean;
  applicationId: string | null;
}

export interface User {
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
  apaleo?: ApaleoUserDetails;
  authress?: AuthressUserDetails;
  lumapps?: LumappsUserDetails;
  logto?: LogtoUserDetails;
}

export interface ApaleoInvitationDetails {
  isAccountAdmin: boolean;
  /** The single legacy role name Apaleo reports beside the role list. */
  legacyRole: string | null;
}

export interface Invitation {
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
  /** The names of the roles, when the invitation's record carries them (Logto), so `roles { name }` needs no roles call. */
  roleNames?: { id: string; name: string }[];
  apaleo?: ApaleoInvitationDetails;
}

export interface Role {
  kind: 'Role';
  provider: ProviderId;
  id: string;
  name: string;
  description: string | null;
}

export interface Tenant {
  kind: 'Tenant';
  provider: ProviderId;
  id: string;
  name: string | null;
  description: string | null;
  createdAt: Date | null;
  /** The user's roles in this tenant, when the tenant was read as one user's membership (Logto). */
  memberRoleIds?: string[];
  authress?: AuthressTenantDetails;
}

export type Kind = 'User' | 'Invitation' | 'Role' | 'Tenant';
export type Entity = User | Invitation | Role | Tenant;
