/** What LumApps alone knows about a user, merged into the neutral model (`User.lumapps`). */

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

declare module '../../domain/types.js' {
  interface UserDetails {
    lumapps?: LumappsUserDetails;
  }
}
