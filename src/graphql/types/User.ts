import { described } from '../notes.js';
import { z } from 'zod';
import { entityKey } from '../../context.js';
import { EmailSchema } from '../../domain/email.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import type { UserFilter } from '../../domain/provider.js';
import type { Invitation, ProviderId, Tenant, User } from '../../domain/types.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { providerNode } from '../federation.js';
import { checkFilter, connectionType, requireProvider, toConnection, loadPresent } from '../connection.js';
import { operationOf, requireOperation } from '../require-operation.js';
import { MUTATION_ERRORS } from '../errors.js';
import { listConnection, providerPage } from '../fanout.js';
import { parseId, providerIdOf, providerIdsOf } from '../global-id.js';
import { AdminGrantError, checkAccountAdminGrant } from '../admin-grant.js';
import { ForbiddenError, forbiddenAsTyped } from '../forbidden-error.js';
import { selectedNodeFields } from '../selection.js';
import { ProviderEnum } from './Provider.js';
import { RoleRef } from './Role.js';
import { InvitationRef } from './Invitation.js';
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
  description: described('UserSort', 'Sort orders for user lists, where the provider sorts'),
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
    search: t.string({ description: described('UserFilter.search', 'Free text matched by the provider'), validate: z.string().min(1).max(64) }),
    email: t.string({ description: described('UserFilter.email', 'Exact email address'), validate: EmailSchema }),
    status: t.field({ type: UserStatusEnum, description: described('UserFilter.status', 'Only enabled or only disabled users') }),
    propertyIds: t.stringList({
      description: described('UserFilter.propertyIds'),
      validate: z.array(z.string().min(1)).min(1, { message: 'must name at least one property' }),
    }),
    tenantId: t.string({ description: described('UserFilter.tenantId'), validate: z.string().min(1).max(256) }),
    accountTypes: t.stringList({ description: described('UserFilter.accountTypes') }),
    groupIds: t.stringList({ description: described('UserFilter.groupIds') }),
    includeHidden: t.boolean({ description: described('UserFilter.includeHidden') }),
    registeredWithinDays: t.int({ description: described('UserFilter.registeredWithinDays'), validate: z.number().int().min(1).max(36500) }),
    sort: t.field({ type: [UserSortEnum], description: described('UserFilter.sort', 'Sort order; the first entry wins ties of the next') }),
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

providerNode(UserRef, 'User', {
  description: 'A user account in one provider.',
  idDescription: 'Opaque global id; use it with `node` and in mutations.',
  load: (ctx) => ctx.loaders.users,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the account lives in.', resolve: (u) => u.provider }),
    providerId: t.exposeString('id', { description: 'The provider’s own id of the user.' }),
    email: t.exposeString('email', { nullable: true, description: 'The email address, as the provider stores it.' }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'Given name.' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Family name.' }),
    displayName: t.exposeString('displayName', { nullable: true, description: 'The name to show.' }),
    status: t.field({
      type: UserStatusEnum,
      nullable: true,
      description: 'ENABLED or DISABLED; null where the provider does not say.',
      resolve: (u) => u.status,
    }),
    enabled: t.boolean({
      nullable: true,
      description: 'Shorthand for `status == ENABLED`.',
      resolve: (u) => (u.status == null ? null : u.status === 'ENABLED'),
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the account was created, when the provider says.', resolve: (u) => u.createdAt }),
    roles: t.field({
      type: [RoleRef],
      nullable: true,
      description:
        'The distinct roles the user holds in any tenant (batched: one roles call per provider per request); null with an error when the roles could not be read.',
      resolve: async (u, _args, ctx) => {
        let ids = u.roleIds;
        // Where a user's tenants (the userTenants loader) carry its roles in each, its roles are their union.
        if (ctx.providers[u.provider]?.userRolesFromTenants) {
          const tenants = (await ctx.loaders.userTenants.load(entityKey(u.provider, u.id))) ?? [];
          ids = [...new Set([...ids, ...tenants.flatMap((t) => t.memberRoleIds ?? [])])];
        }
        return loadPresent(
          ctx.loaders.roles,
          ids.map((id) => entityKey(u.provider, id)),
        );
      },
    }),
    tenants: t.field({
      type: [TenantRef],
      nullable: true,
      description: 'The tenants the user belongs to; null with an error when they could not be read.',
      resolve: async (u, _args, ctx): Promise<Tenant[]> => {
        if (u.tenants) return u.tenants;
        if (ctx.providers[u.provider]?.tenantsOfUsers) return (await ctx.loaders.userTenants.load(entityKey(u.provider, u.id))) ?? [];
        return loadPresent(
          ctx.loaders.tenants,
          u.tenantIds.map((id) => entityKey(u.provider, id)),
        );
      },
    }),
  }),
});

export const UserConnection = connectionType(UserRef, 'User', 'users');

builder.queryFields((t) => ({
  users: t.connection(
    {
      authScopes: needs('users:read'),
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
    authScopes: needs('users:read'),
    type: UserRef,
    nullable: true,
    description: 'One user, by id or by email; null when there is none.',
    args: {
      provider: t.arg({ type: ProviderEnum, required: true, description: 'Which provider to ask.' }),
      id: t.arg.string({
        description:
          'The user’s global id (User.id) or the provider’s own user id (User.providerId). A global id of another provider or type is BAD_USER_INPUT.',
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
    authScopes: needs('users:read'),
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
      resolve: async (tenant, args, ctx, info) => {
        const provider = operationOf(requireProvider(ctx, tenant.provider), 'userFilterForTenant', 'Tenant.users');
        return toConnection(
          await providerPage(ctx, info, args, () => provider.listUsers(provider.userFilterForTenant(tenant.id), args, { fields: selectedNodeFields(info) })),
        );
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
    isAccountAdmin: t.boolean({ description: described('UpdateUserInput.isAccountAdmin') }),
    propertyIds: t.stringList({
      description: described('UpdateUserInput.propertyIds'),
      validate: z.array(z.string().min(1)).min(1, { message: 'must name at least one property' }),
    }),
    isHidden: t.boolean({ description: described('UpdateUserInput.isHidden') }),
  }),
});

builder.mutationField('updateUser', (t) =>
  t.field({
    authScopes: needs('users:write'),
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

// Mutations of users. `createUser`: creates a user account directly, where the provider can (its adapter has createUser).

const Name = z.string().trim().min(1, { message: 'must not be empty' }).max(100, { message: 'must be at most 100 characters' });

/** Checked in the resolver (not with `validate`), so that a bad value is a typed ValidationError in CreateUserResult. */
function check<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(field, parsed.error.issues[0]?.message ?? 'is invalid');
  return parsed.data;
}

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A user account to create. The password is optional; where given, rePassword must repeat it.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: true, description: 'Where to create the user.' }),
    email: t.string({ required: true, description: 'The email address, which identifies the user.' }),
    firstName: t.string({ required: true, description: 'Given name (1 to 100 characters).' }),
    lastName: t.string({ required: true, description: 'Family name (1 to 100 characters).' }),
    password: t.string({ description: described('CreateUserInput.password', 'An initial password') }),
    rePassword: t.string({ description: 'The password again; must equal password.' }),
    accountType: t.string({ description: described('CreateUserInput.accountType') }),
  }),
});

builder.mutationField('createUser', (t) =>
  t.field({
    authScopes: needs('users:write'),
    type: UserRef,
    description: 'Creates a user account. Answers the user as the provider stored it.',
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateUserResult', description: 'The new user, or why it was not created.' } },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The user to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      const provider = requireOperation(ctx, input.provider, 'createUser', 'input.provider');
      const email = check('input.email', EmailSchema, input.email.trim());
      const firstName = check('input.firstName', Name, input.firstName);
      const lastName = check('input.lastName', Name, input.lastName);
      if (input.password != null && input.rePassword == null) throw new InputError('input.rePassword', 'must repeat password');
      if (input.rePassword != null && input.password == null) throw new InputError('input.password', 'is required when rePassword is given');
      if (input.password != null && input.password !== input.rePassword) throw new InputError('input.rePassword', 'does not match password');
      return provider.createUser({
        email,
        firstName,
        lastName,
        password: input.password,
        rePassword: input.rePassword,
        accountType: input.accountType,
      });
    },
  }),
);

// `deleteUser`: removes a user; where the provider deletes asynchronously the answer says it is pending.

interface UserDeletion {
  user: User;
  pending: boolean;
  deletedInvitations: Invitation[];
}

const UserDeletionRef = builder.objectRef<UserDeletion>('UserDeletion').implement({
  description: described(
    'UserDeletion',
    'The provider accepted the deletion. When `pending` is true the provider removes the user asynchronously: the user may still be readable for a moment',
  ),
  fields: (t) => ({
    user: t.field({ type: UserRef, description: 'The user as it was just before the deletion was asked for.', resolve: (d) => d.user }),
    pending: t.exposeBoolean('pending', {
      description: 'True when the deletion was accepted but is not done yet (the provider deletes asynchronously); false when the user is already gone.',
    }),
    deletedInvitations: t.field({
      type: [InvitationRef],
      description: described(
        'UserDeletion.deletedInvitations',
        'Invitations the provider deleted together with the user, as they were just before; empty where the provider deletes none',
      ),
      resolve: (d) => d.deletedInvitations,
    }),
  }),
});

const DeleteUserInput = builder.inputType('DeleteUserInput', {
  description: 'The user to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The global id of the user (User.id).' }) }),
});

builder.mutationField('deleteUser', (t) =>
  t.field({
    authScopes: needs('users:write'),
    type: UserDeletionRef,
    description: described('Mutation.deleteUser', 'Deletes a user'),
    errors: {
      types: [ForbiddenError, ...MUTATION_ERRORS],
      union: { name: 'DeleteUserResult', description: 'The accepted deletion, or why the user was not deleted.' },
    },
    args: { input: t.arg({ type: DeleteUserInput, required: true, description: 'Which user.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'User');
      const provider = requireOperation(ctx, providerId, 'deleteUser', 'input.id');
      const user = await ctx.loaders.users.load(entityKey(provider.id, id));
      if (!user) throw new NotFoundError(provider.id, 'User', id);
      const result = await forbiddenAsTyped('deleteUser', provider.deleteUser(id));
      ctx.loaders.users.clear(entityKey(provider.id, id));
      return { user, pending: result.pending, deletedInvitations: result.deletedInvitations ?? [] };
    },
  }),
);

// `addUserToTenant`: links a user to a tenant of the same provider; answers the user.

const AddUserToTenantInput = builder.inputType('AddUserToTenantInput', {
  description: 'The user and the tenant to add it to; both of the same provider.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The global id of the user (User.id).' }),
    tenantId: t.id({ required: true, description: 'The global id of the tenant (Tenant.id).' }),
  }),
});

builder.mutationField('addUserToTenant', (t) =>
  t.field({
    authScopes: needs('users:write'),
    type: UserRef,
    description: described('Mutation.addUserToTenant', 'Adds a user to a tenant and answers the user'),
    errors: {
      types: [ForbiddenError, ...MUTATION_ERRORS],
      union: { name: 'AddUserToTenantResult', description: 'The user, or why it was not added to the tenant.' },
    },
    args: { input: t.arg({ type: AddUserToTenantInput, required: true, description: 'Which user and which tenant.' }) },
    resolve: async (_root, { input }, ctx) => {
      const user = parseId('input.userId', String(input.userId), 'User');
      const tenant = parseId('input.tenantId', String(input.tenantId), 'Tenant');
      if (user.provider !== tenant.provider) {
        throw new InputError('input.tenantId', `is a ${tenant.provider.toUpperCase()} tenant, but the user is in ${user.provider.toUpperCase()}`);
      }
      const provider = requireOperation(ctx, user.provider, 'addUserToTenant', 'input.userId');
      const result = await forbiddenAsTyped('addUserToTenant', provider.addUserToTenant(user.id, tenant.id));
      ctx.loaders.userTenants.clear(entityKey(provider.id, user.id));
      return result;
    },
  }),
);
