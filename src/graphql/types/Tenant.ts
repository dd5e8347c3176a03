import { described, notesOf } from '../notes.js';
import type { Tenant } from '../../domain/types.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { providerNode } from '../federation.js';
import { connectionType } from '../connection.js';
import { listConnection } from '../fanout.js';
import { offers } from '../../domain/provider.js';
import { operationOf } from '../require-operation.js';
import { ProviderEnum } from './Provider.js';

export const TenantRef = builder.objectRef<Tenant>('Tenant');

providerNode(TenantRef, 'Tenant', {
  description: `A tenant: ${notesOf('Tenant')
    .map((n) => n.note)
    .join(', ')}. Users and invitations belong to tenants.`,
  idDescription: 'Opaque global id; use it with `node`.',
  load: (ctx) => ctx.loaders.tenants,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the tenant belongs to.', resolve: (r) => r.provider }),
    providerId: t.exposeString('id', { description: described('Tenant.providerId', 'The provider’s own id of the tenant') }),
    name: t.exposeString('name', { nullable: true, description: described('Tenant.name', 'A readable name; null where the provider keeps none') }),
    description: t.exposeString('description', { nullable: true, description: 'A description, when the provider keeps one.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the tenant was created, when the provider says.', resolve: (r) => r.createdAt }),
  }),
});

export const TenantConnection = connectionType(TenantRef, 'Tenant', 'tenants');

builder.queryField('tenants', (t) =>
  t.connection(
    {
      authScopes: needs('tenants:read'),
      type: TenantRef,
      description:
        'The tenants of one provider, or of every configured provider in the order of the Provider enum when `provider` is omitted (forwards only; a failing provider is reported as an error naming it).',
      args: {
        provider: t.arg({ type: ProviderEnum, description: 'Which provider’s tenants; omitted means every configured provider.' }),
      },
      resolve: (_root, args, ctx, info) =>
        listConnection(ctx, info, args, {
          list: 'tenants',
          operation: 'tenants',
          offers: (p) => offers(p, 'listTenants'),
          fetch: (p, page) => operationOf(p, 'listTenants', 'tenants').listTenants(page),
        }),
    },
    TenantConnection,
  ),
);
