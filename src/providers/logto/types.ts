/** What Logto alone knows about a user, merged into the neutral model (`User.logto`). */

export interface LogtoUserDetails {
  username: string | null;
  primaryPhone: string | null;
  avatar: string | null;
  lastSignInAt: Date | null;
  updatedAt: Date;
  isSuspended: boolean;
  applicationId: string | null;
}

declare module '../../domain/types.js' {
  interface UserDetails {
    logto?: LogtoUserDetails;
  }
}
