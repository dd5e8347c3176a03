import { described } from '../notes.js';
import type { Role } from '../../domain/types.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { providerNode } from '../federation.js';
import { connectionType } from '../connection.js';
import { listConnection } from '../fanout.js';
import { offers } from '../../domain/provider.js';
import { operationOf } from '../require-operation.js';
import { ProviderEnum } from './Provider.js';

export const RoleRef = builder.objectRef<Role>('Role');

providerNode(RoleRef, 'Role', {
  description: 'A role a user or invitation can hold, in its provider’s own vocabulary.',
  idDescription: 'Opaque global id; use it with `node`.',
  load: (ctx) => ctx.loaders.roles,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the role belongs to.', resolve: (r) => r.provider }),
    providerId: t.exposeString('id', { description: described('Role.providerId', 'The provider’s own id of the role') }),
    name: t.exposeString('name', { description: 'A readable name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the role allows, when the provider says.' }),
  }),
});

export const RoleConnection = connectionType(RoleRef, 'Role', 'roles');

builder.queryField('roles', (t) =>
  t.connection(
    {
      authScopes: needs('roles:read'),
      type: RoleRef,
      description:
        'The roles of one provider, or of every configured provider in the order of the Provider enum when `provider` is omitted (forwards only; a failing provider is reported as an error naming it).',
      args: {
        provider: t.arg({ type: ProviderEnum, description: 'Which provider’s roles; omitted means every configured provider.' }),
      },
      resolve: (_root, args, ctx, info) =>
        listConnection(ctx, info, args, {
          list: 'roles',
          operation: 'roles',
          offers: (p) => offers(p, 'listRoles'),
          fetch: (p, page) => operationOf(p, 'listRoles', 'roles').listRoles(page),
        }),
    },
    RoleConnection,
  ),
);
