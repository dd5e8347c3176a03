import { z } from 'zod';
import { entityKey } from '../../context.js';
import { EmailSchema } from '../../domain/email.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import type { UserFilter } from '../../domain/provider.js';
import type { ProviderId, Tenant, User } from '../../domain/types.js';
import { builder } from '../builder.js';
import { checkFilter, connectionType, requireProvider, toConnection, loadPresent, asError } from '../connection.js';
import { operationOf, requireOperation } from '../require-operation.js';
import { MUTATION_ERRORS } from '../errors.js';
import { listConnection } from '../fanout.js';
import { parseId, providerIdOf, providerIdsOf } from '../global-id.js';
import { AdminGrantError, checkAccountAdminGrant } from '../mutations/admin-grant.js';
import { selectedNodeFields } from '../selection.js';
import { ProviderEnum } from './Provider.js';
import { RoleRef } from './Role.js';
import { TenantRef } from './Tenant.js';

export const UserRef = builder.objectRef<User>('User');

export const UserStatusEnum = builder.enumType('UserStatus', {
  description: 'Whether a user may sign in.',
  values: {
    ENABLED: { value: 'ENABLED', description: 'The user may sign in.' },
    DISABLED: { value: 'DISABLED', description: 'The user is blocked from signing in.' },
  } as const,
});

const UserSortEnum = builder.enumType('UserSort', {
  description: 'Sort orders for user lists, where the provider sorts (Apaleo).',
  values: {
    FIRST_NAME_ASC: { description: 'Given name, A to Z.' },
    FIRST_NAME_DESC: { description: 'Given name, Z to A.' },
    LAST_NAME_ASC: { description: 'Family name, A to Z.' },
    LAST_NAME_DESC: { description: 'Family name, Z to A.' },
    EMAIL_ASC: { description: 'Email, A to Z.' },
    EMAIL_DESC: { description: 'Email, Z to A.' },
  } as const,
});


const UserFilterInput = builder.inputType('UserFilter', {
  description:
    'Narrows a user list. Each provider honours some fields (see `providers { userFilters }`); setting a field the provider cannot honour is an error naming the field and the provider.',
  fields: (t) => ({
    search: t.string({ description: 'Free text matched by the provider (Authress, LumApps).', validate: z.string().min(1).max(64) }),
    email: t.string({ description: 'Exact email address (Apaleo).', validate: EmailSchema }),
    status: t.field({ type: UserStatusEnum, description: 'Only enabled or only disabled users (Apaleo, LumApps).' }),
    propertyIds: t.stringList({
      description: 'Users with access to any of these Apaleo properties: global ids (Tenant.id) or Apaleo’s own property ids.',
      validate: z.array(z.string().min(1)).min(1, { message: 'must name at least one property' }),
    }),
    tenantId: t.string({ description: 'Users of this Authress tenant: its global id (Tenant.id) or Authress’s own id.', validate: z.string().min(1).max(256) }),
    accountTypes: t.stringList({ description: 'LumApps account types: google, microsoft, okta, external.' }),
    groupIds: t.stringList({ description: 'Members of any of these LumApps groups (feeds).' }),
    includeHidden: t.boolean({ description: 'Include hidden LumApps users.' }),
    registeredWithinDays: t.int({ description: 'LumApps users registered within this many days.', validate: z.number().int().min(1).max(36500) }),
    sort: t.field({ type: [UserSortEnum], description: 'Sort order (Apaleo); first entry wins ties of the next.' }),
  }),
});

/** The filter as one provider takes it: tenant ids given as global ids become the provider's own. */
function userFilterFor(provider: ProviderId, filter: UserFilter | null | undefined): UserFilter {
  if (!filter) return {};
  return {
    ...filter,
    ...(filter.tenantId != null ? { tenantId: providerIdOf('filter.tenantId', filter.tenantId, 'Tenant', provider) } : {}),
    ...(filter.propertyIds != null ? { propertyIds: providerIdsOf('filter.propertyIds', filter.propertyIds, 'Tenant', provider) } : {}),
  };
}

builder.node(UserRef, {
  description: 'A user account in one provider.',
  id: { resolve: (u) => entityKey(u.provider, u.id), description: 'Opaque global id; use it with `node` and in mutations.' },
  isTypeOf: (value) => (value as { kind?: unknown }).kind === 'User',
  // A failed lookup becomes that item's error, so one provider failing never blanks the others in `nodes`.
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.users.load(id).catch((error: unknown) => asError(error))),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the account lives in.', resolve: (u) => u.provider }),
    providerId: t.exposeString('id', { description: 'The provider’s own id of the user.' }),
    email: t.exposeString('email', { nullable: true, description: 'The email address, as the provider stores it.' }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'Given name.' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Family name.' }),
    displayName: t.exposeString('displayName', { nullable: true, description: 'The name to show.' }),
    status: t.field({ type: UserStatusEnum, nullable: true, description: 'ENABLED or DISABLED; null where the provider does not say.', resolve: (u) => u.status }),
    enabled: t.boolean({ nullable: true, description: 'Shorthand for `status == ENABLED`.', resolve: (u) => (u.status == null ? null : u.status === 'ENABLED') }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the account was created, when the provider says.', resolve: (u) => u.createdAt }),
    roles: t.field({
      type: [RoleRef],
      nullable: true,
      description:
        'The distinct roles the user holds in any tenant (batched: one roles call per provider per request); null with an error when the roles could not be read.',
      resolve: async (u, _args, ctx) => {
        let ids = u.roleIds;
        // Logto: the user's organizations (the userTenants loader) carry its roles in each; roles are their union.
        if (ctx.providers[u.provider]?.userRolesFromTenants) {
          const tenants = (await ctx.loaders.userTenants.load(entityKey(u.provider, u.id))) ?? [];
          ids = [...new Set([...ids, ...tenants.flatMap((t) => t.memberRoleIds ?? [])])];
        }
        return loadPresent(ctx.loaders.roles, ids.map((id) => entityKey(u.provider, id)));
      },
    }),
    tenants: t.field({
      type: [TenantRef],
      nullable: true,
      description: 'The tenants the user belongs to; null with an error when they could not be read.',
      resolve: async (u, _args, ctx): Promise<Tenant[]> => {
        if (u.tenants) return u.tenants;
        if (ctx.providers[u.provider]?.tenantsOfUsers) return (await ctx.loaders.userTenants.load(entityKey(u.provider, u.id))) ?? [];
        return loadPresent(ctx.loaders.tenants, u.tenantIds.map((id) => entityKey(u.provider, id)));
      },
    }),
  }),
});

export const UserConnection = connectionType(UserRef, 'User', 'users');

builder.queryFields((t) => ({
  users: t.connection(
    {
      type: UserRef,
      description:
        'Lists users in the provider’s order. `first` beyond the provider’s page size is served by several upstream pages. Without `provider`, every configured provider in the order of the Provider enum (forwards only); a provider that fails or cannot honour the filter is left out and reported as an error naming it.',
      args: {
        provider: t.arg({ type: ProviderEnum, description: 'Which provider’s users; omitted means every configured provider.' }),
        filter: t.arg({ type: UserFilterInput, description: 'Narrows the list; see UserFilter.' }),
      },
      resolve: (_root, args, ctx, info) =>
        listConnection(ctx, info, args, {
          list: 'users',
          operation: 'users',
          filter: args.filter,
          check: (p) => checkFilter<UserFilter>(p, args.filter, p.userFilters),
          fetch: async (p, page) => p.listUsers(userFilterFor(p.id, args.filter), page, { fields: selectedNodeFields(info) }),
        }),
    },
    UserConnection,
  ),

  user: t.field({
    type: UserRef,
    nullable: true,
    description: 'One user, by id or by email; null when there is none.',
    args: {
      provider: t.arg({ type: ProviderEnum, required: true, description: 'Which provider to ask.' }),
      id: t.arg.string({
        description: 'The user’s global id (User.id) or the provider’s own user id (User.providerId). A global id of another provider or type is BAD_USER_INPUT.',
        validate: z.string().min(1).max(256),
      }),
      email: t.arg.string({ description: 'The user’s email address.', validate: EmailSchema }),
    },
    resolve: async (_root, args, ctx) => {
      const provider = requireProvider(ctx, args.provider);
      if ((args.id == null) === (args.email == null)) throw new InputError(args.id == null ? 'id' : 'email', 'give exactly one of id and email');
      if (args.id != null) return ctx.loaders.users.load(entityKey(provider.id, providerIdOf('id', args.id, 'User', provider.id)));
      operationOf(provider, 'findUsersByEmail', 'user(email:)');
      return ctx.loaders.usersByEmail.load(entityKey(provider.id, args.email!));
    },
  }),

  currentUser: t.field({
    type: UserRef,
    nullable: true,
    description: 'The user the provider credentials act as; null with an error when the provider cannot say.',
    args: { provider: t.arg({ type: ProviderEnum, required: true, description: 'Which provider to ask.' }) },
    resolve: async (_root, args, ctx) => {
      const provider = requireOperation(ctx, args.provider, 'currentUser', 'provider');
      return provider.currentUser();
    },
  }),
}));

builder.objectField(TenantRef, 'users', (t) =>
  t.connection(
    {
      type: UserRef,
      description: 'The users of this tenant.',
      resolve: async (tenant, args, ctx) => {
        const provider = operationOf(requireProvider(ctx, tenant.provider), 'userFilterForTenant', 'Tenant.users');
        return toConnection(await provider.listUsers(provider.userFilterForTenant(tenant.id), args));
      },
    },
    UserConnection,
  ),
);

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Changes to one user. Only the fields given are changed; a field the provider cannot change is a ValidationError.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global id of the user (User.id).' }),
    firstName: t.string({ description: 'New given name.', validate: z.string().trim().min(1).max(100) }),
    lastName: t.string({ description: 'New family name.', validate: z.string().trim().min(1).max(100) }),
    status: t.field({ type: UserStatusEnum, description: 'ENABLED to let the user sign in, DISABLED to block them.' }),
    isAccountAdmin: t.boolean({ description: 'Apaleo: make the user an account admin (needs the admin scope), or not.' }),
    propertyIds: t.stringList({
      description: 'Apaleo: the full list of properties the user may access (replaces the current list); global ids (Tenant.id) or Apaleo’s own property ids.',
      validate: z.array(z.string().min(1)).min(1, { message: 'must name at least one property' }),
    }),
    isHidden: t.boolean({ description: 'LumApps: hide the user from directories.' }),
  }),
});

builder.mutationField('updateUser', (t) =>
  t.field({
    type: UserRef,
    description: 'Updates a user: names, status (enable or disable) and provider-specific fields. Answers the user as stored afterwards.',
    errors: { types: [AdminGrantError, ...MUTATION_ERRORS], union: { name: 'UpdateUserResult', description: 'The updated user, or why it was not updated.' } },
    args: { input: t.arg({ type: UpdateUserInput, required: true, description: 'What to change.' }) },
    resolve: async (_root, { input }, ctx) => {
      checkAccountAdminGrant(ctx, 'input.isAccountAdmin', input.isAccountAdmin);
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'User');
      const provider = requireOperation(ctx, providerId, 'updateUser', 'input.id');
      const user = await provider.updateUser(id, { ...input, propertyIds: providerIdsOf('input.propertyIds', input.propertyIds, 'Tenant', provider.id) });
      if (!user) throw new NotFoundError(provider.id, 'User', id);
      return user;
    },
  }),
);
