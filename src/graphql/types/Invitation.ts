import { described } from '../notes.js';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { entityKey } from '../../context.js';
import { EmailSchema } from '../../domain/email.js';
import { InputError } from '../../domain/errors.js';
import type { InvitationFilter } from '../../domain/provider.js';
import type { Invitation, ProviderId, Tenant } from '../../domain/types.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { providerNode } from '../federation.js';
import { checkFilter, connectionType, requireProvider, toConnection, loadPresent } from '../connection.js';
import { operationOf, requireOperation } from '../require-operation.js';
import { EMAIL_MUTATION_ERRORS, MUTATION_ERRORS } from '../errors.js';
import { listConnection, providerPage } from '../fanout.js';
import { selectedNodeFields } from '../selection.js';
import { parseId, providerIdOf, providerIdsOf } from '../global-id.js';
import { AdminGrantError, checkAccountAdminGrant, checkRoleGrant } from '../admin-grant.js';
import { ProviderEnum } from './Provider.js';
import { RoleRef } from './Role.js';
import { TenantRef } from './Tenant.js';
import { UserRef } from './User.js';

export const InvitationRef = builder.objectRef<Invitation>('Invitation');

const NAME_ONLY_ROLE_FIELDS = new Set(['__typename', 'id', 'provider', 'providerId', 'name']);

/** True when the selection under this field asks a Role only for fields an invitation's record already carries. */
function asksOnlyNames(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && NAME_ONLY_ROLE_FIELDS.has(s.name.value)));
}

export const InvitationStatusEnum = builder.enumType('InvitationStatus', {
  description: 'Where an invitation stands.',
  values: {
    PENDING: { value: 'PENDING', description: 'Sent and waiting for the invitee.' },
    ACCEPTED: { value: 'ACCEPTED', description: 'The invitee accepted and has an account.' },
    EXPIRED: { value: 'EXPIRED', description: 'Not accepted in time.' },
    REVOKED: { value: 'REVOKED', description: 'Withdrawn before it was accepted.' },
  } as const,
});

const InvitationFilterInput = builder.inputType('InvitationFilter', {
  description:
    'Narrows an invitation list. Each provider honours some fields (see `providers { invitationFilters }`); others are an error naming the field and the provider.',
  fields: (t) => ({
    propertyId: t.string({ description: described('InvitationFilter.propertyId'), validate: z.string().min(1) }),
    organizationId: t.string({ description: described('InvitationFilter.organizationId'), validate: z.string().min(1) }),
    inviterId: t.string({ description: 'Invitations sent by this user: its global id (User.id) or the provider’s own user id.', validate: z.string().min(1) }),
    invitee: t.string({ description: 'Invitations to this email address.', validate: EmailSchema }),
    status: t.field({ type: InvitationStatusEnum, description: 'Only invitations in this status.' }),
  }),
});

providerNode(InvitationRef, 'Invitation', {
  description: 'An invitation for a person to join a provider (and, where the provider has them, tenants with roles).',
  idDescription: 'Opaque global id; use it with `node` and in mutations.',
  load: (ctx) => ctx.loaders.invitations,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider the invitation lives in.', resolve: (i) => i.provider }),
    providerId: t.exposeString('id', { description: described('Invitation.providerId', 'The provider’s own id of the invitation') }),
    email: t.exposeString('email', { description: 'The invitee’s email address.' }),
    status: t.field({ type: InvitationStatusEnum, description: 'Where the invitation stands.', resolve: (i) => i.status }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was sent.', resolve: (i) => i.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it last changed, when the provider says.', resolve: (i) => i.updatedAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, description: 'When it stops being valid, where invitations expire.', resolve: (i) => i.expiresAt }),
    inviterEmail: t.exposeString('inviterEmail', { nullable: true, description: 'The email of whoever sent it, when the provider records it.' }),
    inviter: t.field({
      type: UserRef,
      nullable: true,
      description: 'The user who sent it, when the provider records one (batched per request).',
      resolve: (i, _args, ctx) => {
        if (i.inviterId) return ctx.loaders.users.load(entityKey(i.provider, i.inviterId));
        if (i.inviterEmail) return ctx.loaders.usersByEmail.load(entityKey(i.provider, i.inviterEmail));
        return null;
      },
    }),
    acceptedBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'The account that accepted it, once accepted.',
      resolve: (i, _args, ctx) => (i.acceptedUserId ? ctx.loaders.users.load(entityKey(i.provider, i.acceptedUserId)) : null),
    }),
    tenants: t.field({
      type: [TenantRef],
      nullable: true,
      description: 'The tenants the invitation grants access to; null with an error when they could not be read.',
      resolve: async (i, _args, ctx): Promise<Tenant[]> => {
        if (i.tenants) return i.tenants;
        return loadPresent(
          ctx.loaders.tenants,
          i.tenantIds.map((id) => entityKey(i.provider, id)),
        );
      },
    }),
    tenant: t.field({
      type: TenantRef,
      nullable: true,
      description: described('Invitation.tenant', 'The first tenant the invitation grants access to'),
      resolve: async (i, _args, ctx) => {
        if (i.tenants) return i.tenants[0] ?? null;
        const first = i.tenantIds[0];
        return first ? ctx.loaders.tenants.load(entityKey(i.provider, first)) : null;
      },
    }),
    roles: t.field({
      type: [RoleRef],
      nullable: true,
      description: 'The roles the invitee will hold (batched: one roles call per provider per request); null with an error when they could not be read.',
      resolve: async (i, _args, ctx, info) => {
        // Where the invitation names its roles (roleNames) and only names are asked for, no roles call is needed.
        if (i.roleNames && asksOnlyNames(info)) {
          return i.roleNames.map((r) => ({ kind: 'Role' as const, provider: i.provider, id: r.id, name: r.name, description: null }));
        }
        return loadPresent(
          ctx.loaders.roles,
          i.roleIds.map((id) => entityKey(i.provider, id)),
        );
      },
    }),
  }),
});

export const InvitationConnection = connectionType(InvitationRef, 'Invitation', 'invitations');

builder.queryField('invitations', (t) =>
  t.connection(
    {
      authScopes: needs('invitations:read'),
      type: InvitationRef,
      description:
        'Lists invitations. Without `provider`, every configured provider that has invitations, in the order of the Provider enum (forwards only); a provider that fails or cannot honour the filter is left out and reported as an error naming it.',
      args: {
        provider: t.arg({ type: ProviderEnum, description: 'Which provider’s invitations; omitted means every configured provider that has invitations.' }),
        filter: t.arg({ type: InvitationFilterInput, description: 'Narrows the list; see InvitationFilter.' }),
      },
      resolve: (_root, args, ctx, info) =>
        listConnection(ctx, info, args, {
          list: 'invitations',
          operation: 'invitations',
          filter: args.filter,
          offers: (p) => p.listInvitations != null,
          check: (p) => checkFilter<InvitationFilter>(p, args.filter, p.invitationFilters),
          fetch: async (p, page) => p.listInvitations!(invitationFilterFor(p.id, args.filter), page, { fields: selectedNodeFields(info) }),
        }),
    },
    InvitationConnection,
  ),
);

builder.objectField(TenantRef, 'invitations', (t) =>
  t.connection(
    {
      type: InvitationRef,
      description: 'The invitations to this tenant.',
      resolve: async (tenant, args, ctx, info) => {
        const provider = operationOf(
          operationOf(requireProvider(ctx, tenant.provider), 'listInvitations', 'Tenant.invitations'),
          'invitationFilterForTenant',
          'Tenant.invitations',
        );
        return toConnection(
          await providerPage(ctx, info, args, () =>
            provider.listInvitations(provider.invitationFilterForTenant(tenant.id), args, { fields: selectedNodeFields(info) }),
          ),
        );
      },
    },
    InvitationConnection,
  ),
);

/** The filter as one provider takes it: tenant and user ids given as global ids become the provider's own. */
function invitationFilterFor(provider: ProviderId, filter: InvitationFilter | null | undefined): InvitationFilter {
  if (!filter) return {};
  const own = (field: keyof InvitationFilter, kind: 'Tenant' | 'User') => {
    const value = filter[field];
    return typeof value === 'string' ? { [field]: providerIdOf(`filter.${field}`, value, kind, provider) } : {};
  };
  return { ...filter, ...own('propertyId', 'Tenant'), ...own('organizationId', 'Tenant'), ...own('inviterId', 'User') };
}

const CreateInvitationInput = builder.inputType('CreateInvitationInput', {
  description: 'A new invitation. Fields a provider does not use are a ValidationError naming the field.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: true, description: 'Where to invite the person.' }),
    email: t.string({ required: true, description: 'The invitee’s email address.', validate: EmailSchema.max(256) }),
    tenantIds: t.stringList({
      description: described(
        'CreateInvitationInput.tenantIds',
        'The tenants to grant: global ids (Tenant.id) or the provider’s own ids (Tenant.providerId). A global id of another provider is a ValidationError',
      ),
      validate: z.array(z.string().min(1).max(256)).max(100),
    }),
    roleIds: t.stringList({
      description: 'The roles to grant: global ids (Role.id) or the provider’s own ids (Role.providerId); admin or owner roles need the admin scope.',
      validate: z.array(z.string().min(1).max(256)).max(100),
    }),
    isAccountAdmin: t.boolean({ description: described('CreateInvitationInput.isAccountAdmin') }),
    inviterId: t.string({ description: described('CreateInvitationInput.inviterId') }),
    expiresAt: t.field({ type: 'DateTime', description: described('CreateInvitationInput.expiresAt') }),
    sendEmail: t.boolean({ description: described('CreateInvitationInput.sendEmail') }),
    messagePayload: t.field({ type: 'JSONObject', description: described('CreateInvitationInput.messagePayload') }),
  }),
});

builder.mutationField('createInvitation', (t) =>
  t.field({
    authScopes: needs('invitations:write'),
    type: InvitationRef,
    description: 'Invites a person, with tenants and roles where the provider has them.',
    errors: {
      types: [AdminGrantError, ...EMAIL_MUTATION_ERRORS],
      union: { name: 'CreateInvitationResult', description: 'The new invitation, or why it was not created.' },
    },
    args: { input: t.arg({ type: CreateInvitationInput, required: true, description: 'The invitation to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      checkAccountAdminGrant(ctx, 'input.isAccountAdmin', input.isAccountAdmin);
      const provider = requireOperation(ctx, input.provider, 'createInvitation', 'input.provider');
      const roleIds = providerIdsOf('input.roleIds', input.roleIds, 'Role', provider.id) ?? [];
      await checkRoleGrant(ctx, provider, 'input.roleIds', roleIds);
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new InputError('input.expiresAt', 'must be in the future', provider.id);
      return provider.createInvitation({
        email: input.email,
        tenantIds: providerIdsOf('input.tenantIds', input.tenantIds, 'Tenant', provider.id) ?? [],
        roleIds,
        isAccountAdmin: input.isAccountAdmin,
        inviterId: input.inviterId == null ? input.inviterId : providerIdOf('input.inviterId', input.inviterId, 'User', provider.id),
        expiresAt: input.expiresAt,
        sendEmail: input.sendEmail,
        messagePayload: input.messagePayload,
      });
    },
  }),
);

const InvitationIdInput = builder.inputType('DeleteInvitationInput', {
  description: 'The invitation to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The global id of the invitation (Invitation.id).' }) }),
});

builder.mutationField('deleteInvitation', (t) =>
  t.field({
    authScopes: needs('invitations:write'),
    type: InvitationRef,
    description: 'Deletes (withdraws) an invitation. Answers the invitation as it was before deletion.',
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteInvitationResult', description: 'The deleted invitation, or why it was not deleted.' } },
    args: { input: t.arg({ type: InvitationIdInput, required: true, description: 'Which invitation.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'Invitation');
      const provider = requireOperation(ctx, providerId, 'deleteInvitation', 'input.id');
      return provider.deleteInvitation(id);
    },
  }),
);

const ResendInvitationInput = builder.inputType('ResendInvitationInput', {
  description: 'The invitation whose message to send again.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global id of the invitation (Invitation.id).' }),
    messagePayload: t.field({ type: 'JSONObject', description: 'Template variables of the email, such as { "link": "..." }.' }),
  }),
});

builder.mutationField('resendInvitation', (t) =>
  t.field({
    authScopes: needs('invitations:write'),
    type: InvitationRef,
    description: described('Mutation.resendInvitation', 'Sends the invitation message again'),
    errors: { types: EMAIL_MUTATION_ERRORS, union: { name: 'ResendInvitationResult', description: 'The invitation, or why its message was not sent.' } },
    args: { input: t.arg({ type: ResendInvitationInput, required: true, description: 'Which invitation.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'Invitation');
      const provider = requireOperation(ctx, providerId, 'resendInvitation', 'input.id');
      return provider.resendInvitation(id, input.messagePayload ?? null);
    },
  }),
);

const InvitationDecisionEnum = builder.enumType('InvitationDecision', {
  description: 'The status an invitation can be moved to.',
  values: {
    ACCEPTED: { value: 'ACCEPTED', description: 'Accepted by the given user.' },
    REVOKED: { value: 'REVOKED', description: 'Withdrawn.' },
  } as const,
});

const SetInvitationStatusInput = builder.inputType('SetInvitationStatusInput', {
  description: 'Accept or revoke a pending invitation.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global id of the invitation (Invitation.id).' }),
    status: t.field({ type: InvitationDecisionEnum, required: true, description: 'ACCEPTED or REVOKED.' }),
    acceptedUserId: t.id({ description: 'For ACCEPTED: the user who accepted, by global id (User.id) or the provider’s own user id.' }),
  }),
});

builder.mutationField('setInvitationStatus', (t) =>
  t.field({
    authScopes: needs('invitations:write'),
    type: InvitationRef,
    description: described('Mutation.setInvitationStatus', 'Accepts (with the accepting user) or revokes a pending invitation'),
    errors: {
      types: [AdminGrantError, ...MUTATION_ERRORS],
      union: { name: 'SetInvitationStatusResult', description: 'The invitation in its new status, or why it was not changed.' },
    },
    args: { input: t.arg({ type: SetInvitationStatusInput, required: true, description: 'Which invitation and its new status.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'Invitation');
      const provider = requireOperation(ctx, providerId, 'setInvitationStatus', 'input.id');
      let acceptedUserId: string | null = null;
      if (input.status === 'ACCEPTED') {
        if (input.acceptedUserId == null) throw new InputError('input.acceptedUserId', 'is required to accept an invitation', provider.id);
        acceptedUserId = providerIdOf('input.acceptedUserId', String(input.acceptedUserId), 'User', provider.id);
        // Accepting on behalf of a user grants that user the invitation's roles: admin roles need admin.
        const invitation = await ctx.loaders.invitations.load(entityKey(provider.id, id));
        if (invitation) {
          checkAccountAdminGrant(ctx, 'input.status', invitation.grantsAccountAdmin);
          await checkRoleGrant(ctx, provider, 'input.status', invitation.roleIds);
        }
      } else if (input.acceptedUserId != null) {
        throw new InputError('input.acceptedUserId', 'is only allowed with status ACCEPTED', provider.id);
      }
      return provider.setInvitationStatus(id, input.status, acceptedUserId);
    },
  }),
);
