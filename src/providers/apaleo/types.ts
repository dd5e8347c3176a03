/** What Apaleo alone knows about users and invitations, merged into the neutral model (`User.apaleo`, `Invitation.apaleo`). */

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

export interface ApaleoInvitationDetails {
  isAccountAdmin: boolean;
  /** The single legacy role name Apaleo reports beside the role list. */
  legacyRole: string | null;
}

declare module '../../domain/types.js' {
  interface UserDetails {
    apaleo?: ApaleoUserDetails;
  }
  interface InvitationDetails {
    apaleo?: ApaleoInvitationDetails;
  }
}
