/** Logto-only fields: `User.logto`. */
import type { GraphqlExtensionContext } from '../define.js';
import type { LogtoUserDetails } from './types.js';

export function logtoGraphql({ builder, refs }: GraphqlExtensionContext): void {
  const LogtoUserRef = builder.objectRef<LogtoUserDetails>('LogtoUser').implement({
    description: 'What Logto alone knows about a user.',
    fields: (t) => ({
      username: t.exposeString('username', { nullable: true, description: 'The Logto username, when the user has one.' }),
      primaryPhone: t.exposeString('primaryPhone', { nullable: true, description: 'The primary phone number, when set.' }),
      avatar: t.exposeString('avatar', { nullable: true, description: 'The avatar URL, when set.' }),
      lastSignInAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'The last sign-in; null if the user never signed in.',
        resolve: (d) => d.lastSignInAt,
      }),
      updatedAt: t.field({ type: 'DateTime', description: 'When the user record last changed.', resolve: (d) => d.updatedAt }),
      isSuspended: t.exposeBoolean('isSuspended', { description: 'Suspended users cannot sign in (idgraph reports them as DISABLED).' }),
      applicationId: t.exposeString('applicationId', { nullable: true, description: 'The application the user registered through, when known.' }),
    }),
  });

  builder.objectField(refs.User, 'logto', (t) =>
    t.field({ type: LogtoUserRef, nullable: true, description: 'Logto-only fields; null for users of other providers.', resolve: (u) => u.logto ?? null }),
  );
}
