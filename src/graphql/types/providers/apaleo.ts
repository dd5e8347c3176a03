/** Apaleo-only fields: `User.apaleo` and `Invitation.apaleo`. */
import { entityKey } from '../../../context.js';
import type { ApaleoInvitationDetails, ApaleoPropertyRoles, ApaleoUserDetails, Role, Tenant } from '../../../domain/types.js';
import { builder } from '../../builder.js';
import { loadPresent } from '../../connection.js';
import { InvitationRef } from '../Invitation.js';
import { RoleRef } from '../Role.js';
import { TenantRef } from '../Tenant.js';
import { UserRef } from '../User.js';

const PropertyRolesRef = builder.objectRef<ApaleoPropertyRoles>('ApaleoPropertyRoles').implement({
  description: 'The roles an Apaleo user holds in one property.',
  fields: (t) => ({
    tenant: t.field({
      type: TenantRef,
      description: 'The property.',
      resolve: (p): Tenant => ({ kind: 'Tenant', provider: 'apaleo', id: p.propertyId, name: null, description: null, createdAt: null }),
    }),
    roles: t.field({
      type: [RoleRef],
      description: 'The roles in that property.',
      resolve: async (p, _args, ctx) => {
        return loadPresent(ctx.loaders.roles, p.roleIds.map((id) => entityKey('apaleo', id)));
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

builder.objectField(UserRef, 'apaleo', (t) =>
  t.field({ type: ApaleoUserRef, nullable: true, description: 'Apaleo-only fields; null for users of other providers.', resolve: (u) => u.apaleo ?? null }),
);

builder.objectField(InvitationRef, 'apaleo', (t) =>
  t.field({ type: ApaleoInvitationRef, nullable: true, description: 'Apaleo-only fields; null for invitations of other providers.', resolve: (i) => i.apaleo ?? null }),
);
