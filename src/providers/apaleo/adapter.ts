/**
 * Apaleo Identity v1 behind the IdentityProvider port. See README.md in this folder for the choices
 * made where Apaleo's document is silent.
 */
import { InputError, NotFoundError, ProviderError, readBackFailed } from '../../domain/errors.js';
import { isAbsent, orNotFound, orNull } from '../../http/status.js';
import { arrayPage, offsetPage, type PageArgs } from '../../domain/paging.js';
import {
  boundPort,
  type ProviderAdapter,
  type CreateInvitationInput,
  type InvitationFilter,
  type UpdateUserInput,
  type UserFilter,
  type UserSort,
} from '../../domain/provider.js';
import type { Invitation, Tenant, User } from '../../domain/types.js';
import type { CatalogCache } from '../../shared/catalog-cache.js';
import type { UpstreamCallContext } from '../../http/call-context.js';
import { HttpClient, type HttpClientOptions } from '../../http/http-client.js';
import { apaleoTokenSource, type ApaleoCredentials } from './auth.js';
import { createApaleoClient, statusExceptions } from './client.js';
import { toInvitation, toRole, toTenant, toUserFromItem, toUserFromModel } from './map.js';
import { APALEO_MAX_PAGE_SIZE, fetchWindow } from './paging.js';
import { ErrorBody, ROLES, type PatchOperation, type UserModel, type UserSortParam } from './wire.js';

export interface ApaleoProviderOptions {
  mode: 'sandbox' | 'live';
  baseUrl: string;
  credentials: ApaleoCredentials;
  http?: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
  /** Issue 16: the shared catalog cache (role names); none = every request reads Apaleo. */
  catalogs?: CatalogCache | undefined;
}

const SORTS: Record<UserSort, UserSortParam> = {
  FIRST_NAME_ASC: 'firstname:asc',
  FIRST_NAME_DESC: 'firstname:desc',
  LAST_NAME_ASC: 'lastname:asc',
  LAST_NAME_DESC: 'lastname:desc',
  EMAIL_ASC: 'email:asc',
  EMAIL_DESC: 'email:desc',
};

function describeApaleoError(_status: number, body: unknown): { code?: string | null; message?: string | null } {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return {};
  const b = parsed.data;
  return {
    code: b.error ?? null,
    message: b.messages?.join('; ') || b.detail || b.title || b.error_description || null,
  };
}

const pageOptions = { provider: 'apaleo', backward: true } as const;

/** A user read by id, or null where Apaleo has none. */
const toUserOrNull = (model: UserModel | null): User | null => model && toUserFromModel(model);

export function createApaleoProvider(options: ApaleoProviderOptions) {
  const http = new HttpClient({ ...options.http, provider: 'apaleo', baseUrl: options.baseUrl, describeError: describeApaleoError });
  const tokens = apaleoTokenSource(http, options.credentials);
  http.bindTokens(tokens); // readiness warms the token up before the first call
  // The shared parts above; the adapter below is bound to one request's upstream call context (or none).
  return boundPort(http, (call) => bindApaleo(options, createApaleoClient(http.forCall(call), tokens), call));
}

function bindApaleo(options: ApaleoProviderOptions, client: ReturnType<typeof createApaleoClient>, call: UpstreamCallContext | undefined) {
  const key = call?.cursorKey;
  /** Issue 16: the role names, from the shared catalog cache when there is one (they change only with Apaleo's API). */
  const roleNames = () => (options.catalogs ? options.catalogs.get('roles', () => client.listRoles()) : client.listRoles());

  const allInvitations = async (propertyId?: string) => (await client.listInvitations(propertyId)).map(toInvitation);

  async function fetchUsersWindow(filter: UserFilter, start: number, end: number) {
    const base = {
      propertyIds: filter.propertyIds ?? undefined,
      email: filter.email ?? undefined,
      enabled: filter.status == null ? undefined : filter.status === 'ENABLED',
      sort: filter.sort?.map((s) => SORTS[s]),
    };
    const fetchPage = async (pageNumber: number, pageSize: number) => {
      const page = await client.listUsers({ ...base, pageNumber, pageSize });
      return page && { items: page.users, count: page.count };
    };
    const fetchCount = async () => (await client.listUsers({ ...base, pageNumber: 1, pageSize: 1 }))?.count ?? 0;
    return { fetchPage, fetchCount, window: () => fetchWindow(start, end, fetchPage, fetchCount) };
  }

  async function listAllTenants(): Promise<Tenant[]> {
    const [{ window }, invitations] = await Promise.all([fetchUsersWindow({}, 0, Number.MAX_SAFE_INTEGER), allInvitations()]);
    const users = await window();
    const ids = new Set<string>();
    for (const user of users.items) for (const p of user.properties ?? []) ids.add(p.id);
    for (const invitation of invitations) for (const id of invitation.tenantIds) ids.add(id);
    return [...ids].sort().map(toTenant);
  }

  /** The invitation whose id (its email) is `id`, found on the raw list and mapped alone, as listInvitations filters. */
  async function invitationById(id: string): Promise<Invitation | null> {
    const wanted = id.toLowerCase();
    const model = (await client.listInvitations()).find((m) => m.email.toLowerCase() === wanted);
    return model ? toInvitation(model) : null;
  }

  return {
    id: 'apaleo',
    mode: options.mode,
    baseUrl: options.baseUrl,
    // Every list pages backward too (last/before): BACKWARD_PAGING.
    backwardPaging: pageOptions.backward,
    // Apaleo role ids are the role names themselves (AccountAdmin, FrontDesk…).
    roleIdsAreNames: true,
    userFilters: ['propertyIds', 'email', 'status', 'sort'],
    invitationFilters: ['propertyId', 'status', 'invitee'],
    userFilterForTenant: (tenantId) => ({ propertyIds: [tenantId] }),
    invitationFilterForTenant: (tenantId) => ({ propertyId: tenantId }),

    async listUsers(filter: UserFilter, args: PageArgs) {
      return offsetPage(
        args,
        { provider: 'apaleo', list: 'users', filter, key },
        {
          fetchRange: async (start, end) => {
            const { window } = await fetchUsersWindow(filter, start, end);
            const { items, total } = await window();
            return { items: items.map(toUserFromItem), total };
          },
          fetchTotal: async () => (await fetchUsersWindow(filter, 0, 1)).fetchCount(),
        },
        pageOptions,
      );
    },

    async getUsers(ids) {
      // One GET per id (Apaleo has no multi-id read), mapped by a shared function: no async frame per id.
      return Promise.all(ids.map((id) => orNull(client.getUser(id), statusExceptions.malformedUserId).then(toUserOrNull)));
    },

    async findUsersByEmail(email) {
      const page = await client.listUsers({ email, pageNumber: 1, pageSize: APALEO_MAX_PAGE_SIZE });
      const wanted = email.toLowerCase();
      return (page?.users ?? []).filter((u) => u.email.toLowerCase() === wanted).map(toUserFromItem);
    },

    async currentUser() {
      try {
        return toUserFromModel(await client.currentUser());
      } catch (error) {
        // A client-credentials token may act as no user: Apaleo then has no "me" to answer.
        if (error instanceof ProviderError && isAbsent(error, statusExceptions.noCurrentUser)) {
          const status = error.status;
          throw new ProviderError({
            provider: 'apaleo',
            operation: 'currentUser',
            code: 'NOT_FOUND',
            status,
            providerCode: error.providerCode,
            providerMessage: error.providerMessage,
            message: `APALEO has no user for idgraph's credentials: GET /api/v1/users/me answered ${status}. A client-credentials token acts as an application, not as a user`,
          });
        }
        throw error;
      }
    },

    async updateUser(id: string, input: UpdateUserInput) {
      if (input.isHidden != null) throw new InputError('input.isHidden', 'APALEO has no hidden users', 'apaleo');
      const ops: PatchOperation[] = [];
      if (input.firstName != null) ops.push({ op: 'replace', path: '/firstName', value: input.firstName });
      if (input.lastName != null) ops.push({ op: 'replace', path: '/lastName', value: input.lastName });
      if (input.status != null) ops.push({ op: 'replace', path: '/enabled', value: input.status === 'ENABLED' });
      if (input.isAccountAdmin != null) ops.push({ op: 'replace', path: '/isAccountAdmin', value: input.isAccountAdmin });
      if (input.propertyIds != null) ops.push({ op: 'replace', path: '/properties', value: [...input.propertyIds] });
      if (ops.length === 0) throw new InputError('input', 'names no field to change');
      await orNotFound(client.patchUser(id, ops), { kind: 'User', id });
      try {
        return toUserFromModel(await orNotFound(client.getUser(id), { kind: 'User', id }));
      } catch (error) {
        if (error instanceof NotFoundError) throw error;
        // The change was applied: never report that as a plain failure.
        throw readBackFailed('apaleo', 'updateUser', 'the user was updated', error);
      }
    },

    async listInvitations(filter: InvitationFilter, args: PageArgs) {
      // Apaleo filters by property only: idgraph filters by invitee on the raw list, before mapping
      // (`person` asks for one email out of the account's every invitation).
      const invitee = filter.invitee?.toLowerCase();
      const load = async () => {
        const found: Invitation[] = [];
        for (const model of await client.listInvitations(filter.propertyId ?? undefined)) {
          if (invitee != null && model.email.toLowerCase() !== invitee) continue;
          const invitation = toInvitation(model);
          if (filter.status == null || filter.status === invitation.status) found.push(invitation);
        }
        return found;
      };
      return arrayPage(args, { provider: 'apaleo', list: 'invitations', filter, key }, load, pageOptions);
    },

    async getInvitations(ids) {
      const all = await allInvitations();
      const byEmail = new Map(all.map((i) => [i.email.toLowerCase(), i]));
      return ids.map((id) => byEmail.get(id.toLowerCase()) ?? null);
    },

    async createInvitation(input: CreateInvitationInput) {
      for (const field of ['inviterId', 'expiresAt', 'messagePayload'] as const) {
        if (input[field] != null) throw new InputError(`input.${field}`, 'is not supported by APALEO invitations', 'apaleo');
      }
      if (input.sendEmail === false) throw new InputError('input.sendEmail', 'APALEO always emails the invitation', 'apaleo');
      const unlisted = input.roleIds.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unlisted.length > 0) {
        // A role newer than the swagger is fine if the account's own role list has it.
        const offered = await client.listRoles();
        const unknownRoles = unlisted.filter((r) => !offered.includes(r));
        if (unknownRoles.length > 0) {
          throw new InputError('input.roleIds', `unknown APALEO role ${unknownRoles.join(', ')}; expected one of ${offered.join(', ')}`, 'apaleo');
        }
      }
      if (!input.isAccountAdmin && input.tenantIds.length === 0) {
        throw new InputError('input.tenantIds', 'must name at least one property unless isAccountAdmin is true', 'apaleo');
      }
      const created = await client.createInvitation({
        email: input.email,
        isAccountAdmin: input.isAccountAdmin ?? false,
        ...(input.tenantIds.length > 0 ? { properties: [...input.tenantIds] } : {}),
        ...(input.roleIds.length > 0 ? { roles: [...input.roleIds] } : {}),
      });
      // The invitation exists now: a failed read-back answers what is known instead of a failure.
      const stored = await invitationById(created.email).catch(() => null);
      return (
        stored ??
        toInvitation({
          email: created.email,
          properties: input.tenantIds,
          isAccountAdmin: input.isAccountAdmin ?? false,
          roles: [...input.roleIds],
          invitedBy: '',
          created: new Date().toISOString(),
        })
      );
    },

    async deleteInvitation(id: string) {
      const existing = await invitationById(id);
      if (!existing) throw new NotFoundError('apaleo', 'Invitation', id);
      await orNotFound(client.deleteInvitation(existing.email), { kind: 'Invitation', id });
      return existing;
    },

    async listRoles(args: PageArgs) {
      return arrayPage(args, { provider: 'apaleo', list: 'roles', key }, async () => (await roleNames()).map(toRole), pageOptions);
    },

    async getRoles(ids) {
      // Apaleo's role ids are a documented enum: known ones are named without a call. Only an id
      // outside it (a role newer than the swagger, or none at all) asks the account's role list.
      if (ids.every((id) => (ROLES as readonly string[]).includes(id))) return ids.map(toRole);
      const roles = new Map((await roleNames()).map((r) => [r as string, toRole(r)]));
      return ids.map((id) => roles.get(id) ?? null);
    },

    async listTenants(args: PageArgs) {
      return arrayPage(args, { provider: 'apaleo', list: 'tenants', key }, listAllTenants, pageOptions);
    },

    async getTenants(ids) {
      const tenants = new Map((await listAllTenants()).map((t) => [t.id, t]));
      return ids.map((id) => tenants.get(id) ?? null);
    },
  } satisfies Omit<ProviderAdapter, 'health' | 'close'>;
}
