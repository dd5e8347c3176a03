/** Authress-only fields: `User.authress` and `Tenant.authress`. */
import type { GraphqlExtensionContext } from '../define.js';
import type { AuthressTenantDetails, AuthressUserDetails } from './types.js';

export function authressGraphql({ builder, refs }: GraphqlExtensionContext): void {
  const AuthressUserRef = builder.objectRef<AuthressUserDetails>('AuthressUser').implement({
    description: 'What Authress alone knows about a user (its UserIdentity).',
    fields: (t) => ({
      picture: t.exposeString('picture', { nullable: true, description: 'The picture URL the user’s identity provider reported.' }),
    }),
  });

  const AuthressTenantRef = builder.objectRef<AuthressTenantDetails>('AuthressTenant').implement({
    description: 'What Authress alone knows about a tenant.',
    fields: (t) => ({
      lookupIdentifier: t.exposeString('lookupIdentifier', {
        nullable: true,
        description: 'The tenant’s lookup identifier (tenantLookupIdentifier), used in login URLs.',
      }),
      domains: t.exposeStringList('domains', { description: 'Email domains whose users sign in through this tenant.' }),
      connectionId: t.exposeString('connectionId', { nullable: true, description: 'The SSO connection the tenant signs in with, if any.' }),
    }),
  });

  builder.objectField(refs.User, 'authress', (t) =>
    t.field({
      type: AuthressUserRef,
      nullable: true,
      description: 'Authress-only fields; null for users of other providers.',
      resolve: (u) => u.authress ?? null,
    }),
  );

  builder.objectField(refs.Tenant, 'authress', (t) =>
    t.field({
      type: AuthressTenantRef,
      nullable: true,
      description: 'Authress-only fields; null for tenants of other providers.',
      resolve: (r) => r.authress ?? null,
    }),
  );
}
