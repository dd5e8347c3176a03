import type { Role } from '../../domain/types.js';
import { entityKey } from '../../context.js';
import { builder } from '../builder.js';
import { connectionType, requireProvider, toConnection } from '../connection.js';
import { ProviderEnum } from './Provider.js';

export const RoleRef = builder.objectRef<Role>('Role');

builder.node(RoleRef, {
  description: 'A role a user or invitation can hold, in its provider’s own vocabulary.',
  id: { resolve: (r) => entityKey(r.provider, r.id), description: 'Opaque global id; use it with `node`.' },
  isTypeOf: (value) => (value as { kind?: unknown }).kind === 'Role',
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.roles.load(id)),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the role belongs to.', resolve: (r) => r.provider }),
    providerId: t.exposeString('id', { description: 'The provider’s own id of the role (for Apaleo, the role name such as FrontDesk).' }),
    name: t.exposeString('name', { description: 'A readable name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the role allows, when the provider says.' }),
  }),
});

export const RoleConnection = connectionType(RoleRef, 'Role', 'roles');

builder.queryField('roles', (t) =>
  t.connection(
    {
      type: RoleRef,
      description: 'The roles of one provider.',
      args: {
        provider: t.arg({ type: ProviderEnum, required: true, description: 'Which provider’s roles.' }),
      },
      resolve: async (_root, args, ctx) => {
        const provider = requireProvider(ctx, args.provider);
        return toConnection(await provider.listRoles(args));
      },
    },
    RoleConnection,
  ),
);
