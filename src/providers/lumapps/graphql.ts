/** LumApps-only fields: `User.lumapps`. */
import type { GraphqlExtensionContext } from '../define.js';
import type { LumappsUserDetails } from './types.js';

export function lumappsGraphql({ builder, refs }: GraphqlExtensionContext): void {
  const LumappsUserRef = builder.objectRef<LumappsUserDetails>('LumappsUser').implement({
    description: 'What LumApps alone knows about a user.',
    fields: (t) => ({
      accountType: t.exposeString('accountType', { nullable: true, description: 'How the user signs in: google, microsoft, okta or external.' }),
      isHidden: t.exposeBoolean('isHidden', { nullable: true, description: 'Hidden users do not appear in directories and default user lists.' }),
      isSuperAdmin: t.exposeBoolean('isSuperAdmin', { nullable: true, description: 'Whether the user administers the whole platform.' }),
      customerId: t.exposeString('customerId', { nullable: true, description: 'The LumApps customer (platform) id.' }),
      employeeId: t.exposeString('employeeId', { nullable: true, description: 'The employee id from the directory, when set.' }),
      lang: t.exposeString('lang', { nullable: true, description: 'The preferred language code, such as en.' }),
      alternateEmail: t.exposeString('alternateEmail', { nullable: true, description: 'A second email address, when set.' }),
      profilePictureUrl: t.exposeString('profilePictureUrl', { nullable: true, description: 'Where the profile picture is served.' }),
      updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the user was last changed.', resolve: (d) => d.updatedAt }),
    }),
  });

  builder.objectField(refs.User, 'lumapps', (t) =>
    t.field({
      type: LumappsUserRef,
      nullable: true,
      description: 'LumApps-only fields; null for users of other providers.',
      resolve: (u) => u.lumapps ?? null,
    }),
  );
}
