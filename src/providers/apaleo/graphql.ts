/** Apaleo-only fields: `User.apaleo` and `Invitation.apaleo`. */
import type { Role, Tenant } from '../../domain/types.js';
import type { GraphqlExtensionContext } from '../define.js';
import type { ApaleoInvitationDetails, ApaleoPropertyRoles, ApaleoUserDetails } from './types.js';

export function apaleoGraphql({ builder, refs, loadPresent, entityKey }: GraphqlExtensionContext): void {
  const PropertyRolesRef = builder.objectRef<ApaleoPropertyRoles>('ApaleoPropertyRoles').implement({
    description: 'The roles an Apaleo user holds in one property.',
    fields: (t) => ({
      tenant: t.field({
        type: refs.Tenant,
        description: 'The property.',
        resolve: (p): Tenant => ({ kind: 'Tenant', provider: 'apaleo', id: p.propertyId, name: null, description: null, createdAt: null }),
      }),
      roles: t.field({
        type: [refs.Role],
        description: 'The roles in that property.',
        resolve: async (p, _args, ctx): Promise<Role[]> => {
          return loadPresent(
            ctx.loaders.roles,
            p.roleIds.map((id) => entityKey('apaleo', id)),
          );
        },
      }),
    }),
  });

  const ApaleoUserRef = builder.objectRef<ApaleoUserDetails>('ApaleoUser').implement({
    description: 'What Apaleo alone knows about a user.',
    fields: (t) => ({
      isAccountAdmin: t.exposeBoolean('isAccountAdmin', { description: 'Account admins have every role in every property.' }),
      isMfaEnabled: t.exposeBoolean('isMfaEnabled', { description: 'Whether the user signs in with a second factor.' }),
      isPasskeysEnabled: t.exposeBoolean('isPasskeysEnabled', {
        nullable: true,
        description: 'Whether the user has passkeys; Apaleo reports it in user lists only, so null on a single-user read.',
      }),
      propertyRoles: t.field({ type: [PropertyRolesRef], description: 'Roles per property.', resolve: (d) => d.propertyRoles }),
    }),
  });

  const ApaleoInvitationRef = builder.objectRef<ApaleoInvitationDetails>('ApaleoInvitation').implement({
    description: 'What Apaleo alone knows about an invitation.',
    fields: (t) => ({
      isAccountAdmin: t.exposeBoolean('isAccountAdmin', { description: 'The invitee becomes an account admin.' }),
      legacyRole: t.exposeString('legacyRole', { nullable: true, description: 'The single role in Apaleo’s legacy vocabulary (for example FrontOffice).' }),
    }),
  });

  builder.objectField(refs.User, 'apaleo', (t) =>
    t.field({ type: ApaleoUserRef, nullable: true, description: 'Apaleo-only fields; null for users of other providers.', resolve: (u) => u.apaleo ?? null }),
  );

  builder.objectField(refs.Invitation, 'apaleo', (t) =>
    t.field({
      type: ApaleoInvitationRef,
      nullable: true,
      description: 'Apaleo-only fields; null for invitations of other providers.',
      resolve: (i) => i.apaleo ?? null,
    }),
  );
}
