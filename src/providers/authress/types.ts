/** What Authress alone knows about users and tenants, merged into the neutral model (`User.authress`, `Tenant.authress`). */

export interface AuthressUserDetails {
  /** The picture URL the user's identity provider reported. */
  picture: string | null;
}

export interface AuthressTenantDetails {
  lookupIdentifier: string | null;
  domains: string[];
  connectionId: string | null;
}

declare module '../../domain/types.js' {
  interface UserDetails {
    authress?: AuthressUserDetails;
  }
  interface TenantDetails {
    authress?: AuthressTenantDetails;
  }
}
