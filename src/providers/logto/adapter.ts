/**
 * Logto (organizations, organization roles, organization invitations, users) behind the
 * IdentityProvider port. See README.md in this folder for the choices made where Logto's documents
 * are silent.
 */
import { InputError, NotFoundError, UpstreamNotFound, UpstreamUnprocessable } from '../../domain/errors.js';
import { mapStatus, orNotFound, orNull } from '../../http/status.js';
import { offsetPage, type PageArgs } from '../../domain/paging.js';
import {
  boundPort,
  type ProviderAdapter,
  type CreateInvitationInput,
  type InvitationFilter,
  type ListInvitationsOptions,
  type UpdateUserInput,
  type UserFilter,
} from '../../domain/provider.js';
import { requestCatalog, type UpstreamCallContext } from '../../http/call-context.js';
import type { Invitation, Role, Tenant, User } from '../../domain/types.js';
import type { CatalogCache } from '../../shared/catalog-cache.js';
import { HttpClient, type HttpClientOptions } from '../../http/http-client.js';
import { logtoTokenSource, type LogtoCredentials } from './auth.js';
import { createLogtoClient, statusExceptions, type LogtoPage, type PageParams, type UserSearch } from './client.js';
import { toInvitation, toRole, toTenant, toUser, toUserTenant } from './map.js';
import { LOGTO_MAX_PAGE_SIZE, fetchAll, fetchWindow, keyedArrayPage } from './paging.js';
import { ErrorBody, type CreateInvitationBody, type LogtoUser } from './wire.js';

export interface LogtoProviderOptions {
  mode: 'sandbox' | 'live';
  baseUrl: string;
  credentials: LogtoCredentials;
  http?: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
  /** Shared cache of organizations and organization roles (LOGTO_CATALOG_TTL_MS). */
  catalogs?: CatalogCache | undefined;
}

/** How long an invitation stays valid when the caller gives no expiry (Logto requires one). */
const DEFAULT_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function describeLogtoError(_status: number, body: unknown): { code?: string | null; message?: string | null } {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return {};
  const b = parsed.data;
  return { code: b.code ?? b.error ?? null, message: b.details ?? b.message ?? b.error_description ?? null };
}

const sameEmail = (a: string | null | undefined, b: string) => a != null && a.toLowerCase() === b.toLowerCase();

const pageOptions = { provider: 'logto', backward: true } as const;

export function createLogtoProvider(options: LogtoProviderOptions) {
  const http = new HttpClient({ ...options.http, provider: 'logto', baseUrl: options.baseUrl, describeError: describeLogtoError });
  const tokens = logtoTokenSource(http, options.credentials);
  http.bindTokens(tokens); // readiness warms the token up before the first call
  // The shared parts above; the adapter below is bound to one request's upstream call context (or none).
  return boundPort(http, (call) => bindLogto(options, createLogtoClient(http.forCall(call), tokens, options.catalogs), call));
}

function bindLogto(options: LogtoProviderOptions, client: ReturnType<typeof createLogtoClient>, call: UpstreamCallContext | undefined) {
  const key = call?.cursorKey;

  /** Offset paging over a paged Logto list: Total-Number is the total, `last` costs one extra small call. */
  function pagedList<W, T>(args: PageArgs, list: string, filter: unknown, fetchPage: (page: PageParams) => Promise<LogtoPage<W>>, map: (w: W) => T) {
    return offsetPage(
      args,
      { provider: 'logto', list, filter, key },
      {
        fetchRange: async (start, end) => {
          const { items, total } = await fetchWindow(start, end, fetchPage);
          return { items: items.map(map), total };
        },
        fetchTotal: async () => (await fetchPage({ page: 1, pageSize: 1 })).total,
      },
      pageOptions,
    );
  }

  /** The request-scoped catalogs (src/http/call-context.ts requestCatalog) of the whole lists. */
  const ORGANIZATIONS = 'logto:organizations';
  const ORGANIZATION_ROLES = 'logto:organization-roles';

  /**
   * Objects by id: one id is one GET, several are one walk of the paged list (pages of 100, fewer
   * calls), shared by every by-id read of the request. When the request already started the whole
   * list (`catalog`: a list's look-ahead, see listInvitations), every id is read from it.
   */
  async function byIds<W extends { id: string }, T>(
    ids: readonly string[],
    getOne: (id: string) => Promise<W>,
    listPage: (page: PageParams) => Promise<LogtoPage<W>>,
    map: (w: W) => T,
    catalog: string,
  ): Promise<(T | null)[]> {
    if (ids.length === 1 && call?.hasCatalog(catalog) !== true) {
      const one = await orNull(getOne(ids[0]!));
      return [one && map(one)];
    }
    const all = new Map((await requestCatalog(call, catalog, () => fetchAll(listPage))).map((w) => [w.id, w]));
    return ids.map((id) => {
      const found = all.get(id);
      return found ? map(found) : null;
    });
  }

  function getInvitation(id: string) {
    return orNotFound(client.getInvitation(id), { kind: 'Invitation', id });
  }

  function userSearch(filter: UserFilter): UserSearch {
    return {
      search: filter.search ? `%${filter.search}%` : undefined,
      exact: filter.email ? { primaryEmail: [filter.email] } : {},
    };
  }

  async function invitationsDeletedWithUser(userId: string): Promise<Invitation[]> {
    const all = await client.listInvitations({});
    return all.filter((i) => i.inviterId === userId || i.acceptedUserId === userId).map(toInvitation);
  }

  /** Logto answers one 422 for any unknown organization, role or inviter: find which, and name its field. */
  async function missingReference(body: CreateInvitationBody, original: unknown): Promise<unknown> {
    const missing = async (read: () => Promise<unknown>) => (await orNull(read().then(() => true))) === null;
    if (await missing(() => client.getOrganization(body.organizationId))) return new NotFoundError('logto', 'Tenant', body.organizationId, 'input.tenantIds');
    for (const roleId of body.organizationRoleIds ?? []) {
      if (await missing(() => client.getOrganizationRole(roleId))) return new NotFoundError('logto', 'Role', roleId, 'input.roleIds');
    }
    if (body.inviterId && (await missing(() => client.getUser(body.inviterId!)))) return new NotFoundError('logto', 'User', body.inviterId, 'input.inviterId');
    return original;
  }

  /** A 422 on accept: when the accepting user's email is not the invitee's, say so as a ValidationError. */
  async function explainRefusedAccept(id: string, acceptedUserId: string): Promise<void> {
    const [invitation, user] = await Promise.all([client.getInvitation(id).catch(() => null), client.getUser(acceptedUserId).catch(() => null)]);
    if (invitation && user && invitation.status === 'Pending' && !sameEmail(user.primaryEmail, invitation.invitee)) {
      throw new InputError(
        'input.acceptedUserId',
        `must be the invitee: Logto accepts an invitation only for a user whose email is ${invitation.invitee} (this user's is ${user.primaryEmail ?? 'not set'})`,
        'logto',
      );
    }
  }

  return {
    id: 'logto',
    mode: options.mode,
    baseUrl: options.baseUrl,
    // Every list pages backward too (last/before): BACKWARD_PAGING.
    backwardPaging: pageOptions.backward,
    userFilters: ['search', 'email', 'tenantId'],
    invitationFilters: ['organizationId', 'inviterId', 'invitee', 'status'],
    userFilterForTenant: (tenantId) => ({ tenantId }),
    invitationFilterForTenant: (organizationId) => ({ organizationId }),

    async listUsers(filter: UserFilter, args: PageArgs) {
      if (filter.tenantId) {
        if (filter.email) throw new InputError('filter.email', 'cannot be combined with filter.tenantId for LOGTO (use filter.search)', 'logto');
        const organizationId = filter.tenantId;
        // Logto's organization users route takes `q` (a case-insensitive substring over id, name, email and username).
        const q = filter.search ?? undefined;
        return pagedList(args, 'users', filter, (page) => client.listOrganizationUsers(organizationId, page, q), toUser);
      }
      const search = userSearch(filter);
      return pagedList(args, 'users', filter, (page) => client.listUsers(page, search), toUser);
    },

    async getUsers(ids) {
      // Logto's advanced user search takes several exact ids in one call (`search.id=…&mode.id=exact`).
      const found = new Map<string, LogtoUser>();
      const distinct = [...new Set(ids)];
      const chunks: string[][] = [];
      for (let i = 0; i < distinct.length; i += LOGTO_MAX_PAGE_SIZE) chunks.push(distinct.slice(i, i + LOGTO_MAX_PAGE_SIZE));
      await Promise.all(
        chunks.map(async (chunk) => {
          const page = await client.listUsers({ page: 1, pageSize: LOGTO_MAX_PAGE_SIZE }, { exact: { id: chunk } });
          for (const user of page.items) found.set(user.id, user);
        }),
      );
      return ids.map((id) => {
        const user = found.get(id);
        return user ? toUser(user) : null;
      });
    },

    async findUsersByEmail(email): Promise<User[]> {
      const page = await client.listUsers({ page: 1, pageSize: LOGTO_MAX_PAGE_SIZE }, { exact: { primaryEmail: [email] } });
      const wanted = email.toLowerCase();
      return page.items.filter((u) => u.primaryEmail?.toLowerCase() === wanted).map(toUser);
    },

    async updateUser(id: string, input: UpdateUserInput) {
      for (const field of ['firstName', 'lastName', 'isAccountAdmin', 'propertyIds', 'isHidden'] as const) {
        if (input[field] != null) throw new InputError(`input.${field}`, 'cannot be changed through idgraph for LOGTO (only status)', 'logto');
      }
      if (input.status == null) throw new InputError('input', 'names no field to change');
      return toUser(await orNotFound(client.setUserSuspended(id, input.status === 'DISABLED'), { kind: 'User', id }));
    },

    async deleteUser(id: string) {
      // Logto deletes the invitations the user sent or accepted with it (ON DELETE CASCADE): say which.
      const deletedInvitations = await invitationsDeletedWithUser(id);
      await orNotFound(client.deleteUser(id), { kind: 'User', id });
      return { pending: false, deletedInvitations };
    },

    invitationsDeletedWithUser,

    async listInvitations(filter: InvitationFilter, args: PageArgs, listOptions?: ListInvitationsOptions) {
      // Look-ahead (issue 15): the organizations start now, with the list, not after it answers, when
      // `tenant` or `tenants` is selected. (The invitations carry their roles' names, so `roles` needs
      // no catalog; the inviters' ids are not known before the list answers.)
      const fields = listOptions?.fields;
      if (fields?.includes('tenant') || fields?.includes('tenants'))
        void requestCatalog(call, ORGANIZATIONS, () => fetchAll((page) => client.listOrganizations(page)), true);
      const load = async () => {
        const all = await client.listInvitations({
          organizationId: filter.organizationId ?? undefined,
          inviterId: filter.inviterId ?? undefined,
          invitee: filter.invitee ?? undefined,
        });
        // Logto ignores `status`: idgraph filters.
        return all.map(toInvitation).filter((i) => filter.status == null || i.status === filter.status);
      };
      // The whole list is at hand: cursors keyed on the item (createdAt, id), so a change between calls neither repeats nor skips.
      return keyedArrayPage(args, { provider: 'logto', list: 'invitations', filter, key }, load, pageOptions);
    },

    async getInvitations(ids) {
      return Promise.all(
        ids.map(async (id) => {
          const invitation = await orNull(client.getInvitation(id));
          return invitation && toInvitation(invitation);
        }),
      );
    },

    async createInvitation(input: CreateInvitationInput) {
      if (input.isAccountAdmin != null) throw new InputError('input.isAccountAdmin', 'is not supported by LOGTO invitations', 'logto');
      if (input.tenantIds.length !== 1) {
        throw new InputError('input.tenantIds', 'must name exactly one Logto organization (Tenant.providerId)', 'logto');
      }
      if (input.sendEmail === false && input.messagePayload != null) {
        throw new InputError('input.messagePayload', 'is only sent with the email; it cannot be combined with sendEmail: false', 'logto');
      }
      const sendEmail = input.sendEmail ?? input.messagePayload != null;
      const body: CreateInvitationBody = {
        invitee: input.email,
        organizationId: input.tenantIds[0]!,
        expiresAt: (input.expiresAt ?? new Date(Date.now() + DEFAULT_INVITATION_TTL_MS)).getTime(),
        ...(input.inviterId != null ? { inviterId: input.inviterId } : {}),
        ...(input.roleIds.length > 0 ? { organizationRoleIds: [...input.roleIds] } : {}),
        messagePayload: sendEmail ? { ...(input.messagePayload ?? {}) } : false,
      };
      try {
        return toInvitation(await mapStatus(client.createInvitation(body), statusExceptions.connectorMissing('createInvitation')));
      } catch (error) {
        // Logto's one 422 says several things: its code (and message) tell which.
        if (!(error instanceof UpstreamUnprocessable)) throw error;
        if (error.providerCode === 'entity.relation_foreign_key_not_found') throw await missingReference(body, error);
        if (error.providerCode === 'request.invalid_input' && /already a member/i.test(String(error.providerMessage))) {
          throw new InputError('input.email', `is already a member of the Logto organization ${body.organizationId}`, 'logto');
        }
        throw error;
      }
    },

    async deleteInvitation(id: string) {
      const existing = toInvitation(await getInvitation(id));
      await orNotFound(client.deleteInvitation(id), { kind: 'Invitation', id });
      return existing;
    },

    async resendInvitation(id: string, messagePayload) {
      // Logto mails any invitation, whatever its status: only a pending one may be resent.
      const invitation = toInvitation(await getInvitation(id));
      if (invitation.status !== 'PENDING') {
        throw new InputError('input.id', `is ${invitation.status}; only a PENDING invitation can be resent (create a new one instead)`, 'logto');
      }
      await orNotFound(
        client.sendInvitationMessage(id, { ...(messagePayload ?? {}) }),
        { kind: 'Invitation', id },
        statusExceptions.connectorMissing('resendInvitation'),
      );
      return invitation;
    },

    async setInvitationStatus(id, next, acceptedUserId) {
      try {
        const updated = await client.setInvitationStatus(id, next === 'ACCEPTED' ? { status: 'Accepted', acceptedUserId } : { status: 'Revoked' });
        return toInvitation(updated);
      } catch (error) {
        if (error instanceof UpstreamUnprocessable && next === 'ACCEPTED' && acceptedUserId) await explainRefusedAccept(id, acceptedUserId);
        if (!(error instanceof UpstreamNotFound)) throw error;
        // Logto answers the same 404 for an unknown invitation and an unknown accepting user.
        if (next === 'ACCEPTED' && acceptedUserId) {
          await getInvitation(id);
          throw new NotFoundError('logto', 'User', acceptedUserId);
        }
        throw new NotFoundError('logto', 'Invitation', id);
      }
    },

    async listRoles(args: PageArgs) {
      return pagedList(args, 'roles', null, (page) => client.listOrganizationRoles(page), toRole);
    },

    getRoles(ids): Promise<(Role | null)[]> {
      return byIds(
        ids,
        (id) => client.getOrganizationRole(id),
        (page) => client.listOrganizationRoles(page),
        toRole,
        ORGANIZATION_ROLES,
      );
    },

    async listTenants(args: PageArgs) {
      return pagedList(args, 'tenants', null, (page) => client.listOrganizations(page), toTenant);
    },

    getTenants(ids): Promise<(Tenant | null)[]> {
      return byIds(
        ids,
        (id) => client.getOrganization(id),
        (page) => client.listOrganizations(page),
        toTenant,
        ORGANIZATIONS,
      );
    },

    // GET /api/users/{id}/organizations carries the user's organizationRoles in each: User.roles is their union.
    userRolesFromTenants: true,

    async tenantsOfUsers(userIds) {
      // Logto has no bulk form: one call per user, concurrently (the HTTP core caps the concurrency).
      return Promise.all(userIds.map(async (id) => (await orNull(client.listUserOrganizations(id)))?.map(toUserTenant) ?? []));
    },
  } satisfies Omit<ProviderAdapter, 'health' | 'close'>;
}
